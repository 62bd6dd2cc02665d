package care.whatmatters.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.shared.Ids;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Wellbeing improved" for reporting is the record's own rule of meaningful change, in the better direction. */
class WellbeingImprovementTest {

    private static final PersonId PERSON = PersonId.newId();

    @Test
    void anOns4MoveIntoABetterBandIsAnImprovement() {
        List<Trend> trends = Trends.of(List.of(ons4("2026-01-10", 4, 5, 4, 7), ons4("2026-04-10", 7, 6, 4, 7)),
                OutcomeSettings.DEFAULTS);

        assertThat(WellbeingImprovement.shownBy(trends, Measure.ONS4)).isTrue();
        assertThat(WellbeingImprovement.shownBy(trends, Measure.SWEMWBS)).as("judged per measure").isFalse();
    }

    @Test
    void aMeaningfulChangeForTheWorseOrASingleResponseIsNot() {
        assertThat(WellbeingImprovement.shownBy(Trends.of(List.of(ons4("2026-01-10", 7, 6, 6, 3),
                ons4("2026-04-10", 4, 6, 6, 3)), OutcomeSettings.DEFAULTS), Measure.ONS4)).isFalse();
        assertThat(WellbeingImprovement.shownBy(Trends.of(List.of(ons4("2026-01-10", 4, 5, 4, 7)),
                OutcomeSettings.DEFAULTS), Measure.ONS4)).isFalse();
    }

    @Test
    void aSwemwbsRiseCountsOnlyFromTheConfiguredThreshold() {
        OutcomeResponse before = swemwbs("2026-01-10", Collections.nCopies(7, 3));
        OutcomeResponse small = swemwbs("2026-04-10", List.of(3, 3, 3, 3, 4, 4, 4));
        OutcomeResponse large = swemwbs("2026-04-10", List.of(4, 4, 4, 4, 4, 4, 4));

        assertThat(WellbeingImprovement.shownBy(Trends.of(List.of(before, small), OutcomeSettings.DEFAULTS),
                Measure.SWEMWBS)).as("+2.29 is under 3").isFalse();
        assertThat(WellbeingImprovement.shownBy(Trends.of(List.of(before, large), OutcomeSettings.DEFAULTS),
                Measure.SWEMWBS)).isTrue();
    }

    private static OutcomeResponse swemwbs(String on, List<Integer> answers) {
        return response(Measure.SWEMWBS, on, Swemwbs.score(answers));
    }

    private static OutcomeResponse ons4(String on, int... answers) {
        return response(Measure.ONS4, on, Ons4.score(java.util.Arrays.stream(answers).boxed().toList()));
    }

    private static OutcomeResponse response(Measure measure, String on, ScoreSheet sheet) {
        return new OutcomeResponse(Ids.newId(), PERSON, measure, LocalDate.parse(on), null, sheet, false, null,
                new Stamp("Sam Okafor", Instant.parse("2026-01-10T10:00:00Z")), null);
    }
}
