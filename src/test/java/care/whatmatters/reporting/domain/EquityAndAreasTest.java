package care.whatmatters.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EquityAndAreasTest {

    private final EquityGap gap = new EquityGap(0.8, 30);

    @Test
    void ratesArePeoplePerThousandRegisteredInTheGroup() {
        assertThat(EquityGap.ratePerThousand(25, 500)).isEqualTo(50.0);
        assertThat(EquityGap.ratePerThousand(3, 0)).isNull();
    }

    @Test
    void aGroupBelowFourFifthsOfTheOverallRateIsFlagged() {
        // overall: 100 of 1,000 = 100 per 1,000; group: 7 of 100 = 70 per 1,000 < 80
        assertThat(gap.flags(7, 100, 100, 1000)).isTrue();
        assertThat(gap.flags(8, 100, 100, 1000)).as("exactly four-fifths is not well below").isFalse();
        assertThat(gap.flags(9, 100, 100, 1000)).isFalse();
    }

    @Test
    void aGroupTooSmallForAStableRateIsNeverFlagged() {
        assertThat(gap.flags(0, 29, 100, 1000)).isFalse();
        assertThat(gap.flags(0, 30, 100, 1000)).isTrue();
    }

    @Test
    void ageBandsAreTakenOnTheDayCounted() {
        LocalDate born = LocalDate.of(2008, 3, 1);
        assertThat(AgeBand.on(born, LocalDate.of(2026, 2, 28))).isEqualTo("0–17");
        assertThat(AgeBand.on(born, LocalDate.of(2026, 3, 1))).isEqualTo("18–24");
        assertThat(AgeBand.on(LocalDate.of(1930, 1, 1), LocalDate.of(2026, 1, 1))).isEqualTo("85+");
        assertThat(AgeBand.on(null, LocalDate.of(2026, 1, 1))).isEqualTo(AgeBand.NOT_KNOWN);
        assertThat(AgeBand.all()).startsWith("0–17", "18–24", "25–34").endsWith("85+");
    }

    @Test
    void aDistrictBelongsToThePlaceOfItsLongestMatchingPrefix() {
        Areas areas = new Areas(List.of(new Areas.Area("LS", "Leeds", "West Yorkshire"),
                new Areas.Area("WF", "Wakefield", "West Yorkshire"),
                new Areas.Area("WF10", "Elsewhere", "Another ICS")));
        assertThat(areas.of("LS6")).map(Areas.Area::place).contains("Leeds");
        assertThat(areas.of("LS29")).map(Areas.Area::place).contains("Leeds");
        assertThat(areas.of("WF10")).map(Areas.Area::place).contains("Elsewhere");
        assertThat(areas.of("WF1")).map(Areas.Area::place).contains("Wakefield");
        assertThat(areas.of("L1")).isEmpty();
        assertThat(areas.of(null)).isEmpty();
    }

    @Test
    void everyBreakdownListsItsGroupsIncludingThoseNotRecorded() {
        assertThat(Groups.of(Dimension.DEPRIVATION)).hasSize(11).startsWith("1").endsWith(Groups.NOT_RECORDED);
        assertThat(Groups.of(Dimension.ETHNICITY)).contains("Asian", "Black", "Mixed", "White", "Other");
        assertThat(Groups.of(Dimension.DIGITAL)).containsExactly("Digitally excluded", "Not excluded", "Not assessed");
    }

    @Test
    void interventionsAreDefinedOnceAndRegisteringIsNotOne() {
        assertThat(Measure.PCSP_AGREED.isIntervention()).isTrue();
        assertThat(Measure.SP_REFERRAL.isIntervention()).isTrue();
        assertThat(Measure.REGISTERED.isIntervention()).isFalse();
        assertThat(Measure.PERSONALISED_CARE.isIntervention()).isFalse();
    }
}
