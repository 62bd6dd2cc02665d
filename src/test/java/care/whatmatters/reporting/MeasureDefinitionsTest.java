package care.whatmatters.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.reporting.domain.Areas;
import care.whatmatters.reporting.domain.Dimension;
import care.whatmatters.reporting.domain.Measure;
import care.whatmatters.reporting.persistence.CountRepository;
import care.whatmatters.reporting.persistence.Fact;
import care.whatmatters.reporting.persistence.ReportPerson;
import care.whatmatters.shared.PersonId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each definition of {@link Measure} on small populations built by hand, with known answers. The facts are
 * made by the real rules and folded by the real aggregator; a map keyed like the table's unique key stands in
 * for the database's "first one wins".
 */
class MeasureDefinitionsTest {

    private static final Areas AREAS = new Areas(List.of(new Areas.Area("LS", "Leeds", "West Yorkshire")));
    private static final LocalDate MAY_3 = LocalDate.of(2026, 5, 3);
    private static final LocalDate MAY_20 = LocalDate.of(2026, 5, 20);
    private static final LocalDate JUNE_9 = LocalDate.of(2026, 6, 9);

    private final Map<String, Fact> table = new LinkedHashMap<>();

    private static ReportPerson someone(int decile) {
        return new ReportPerson("LS6", decile, "White", LocalDate.of(1960, 1, 1), "Female", "Not disabled", false,
                false, false, false);
    }

    private void happened(PersonId person, ReportPerson who, Measure measure, String detail, LocalDate on) {
        for (Fact f : ReportingFacts.factsFor(person, who, measure, detail, on, null, AREAS)) {
            table.putIfAbsent(f.person() + "|" + f.measure() + "|" + f.detail() + "|" + f.periodKind() + "|"
                    + f.periodStart(), f);
        }
    }

    private long people(Measure measure, String detail, String periodKind, LocalDate periodStart) {
        Map<CountRepository.Key, Long> counts = ReportAggregator.contributions(List.copyOf(table.values()), 1);
        return counts.getOrDefault(new CountRepository.Key(periodKind, periodStart, "NATION", "ALL", measure.name(),
                detail, Dimension.ALL.name(), "ALL"), 0L);
    }

    @Test
    void aPersonWithSeveralInterventionsInAPeriodReceivesPersonalisedCareOnce() {
        PersonId ann = new PersonId(UUID.randomUUID());
        PersonId ben = new PersonId(UUID.randomUUID());
        happened(ann, someone(1), Measure.PCSP_AGREED, "", MAY_3);
        happened(ann, someone(1), Measure.SHARED_DECISION, "", MAY_20);
        happened(ann, someone(1), Measure.SP_REFERRAL, "", MAY_20);
        happened(ann, someone(1), Measure.budgetInPlace(false), "DIRECT_PAYMENT", MAY_20);
        happened(ben, someone(10), Measure.SHARED_DECISION, "", MAY_3);

        assertThat(people(Measure.PERSONALISED_CARE, "", "MONTH", LocalDate.of(2026, 5, 1))).isEqualTo(2);
        assertThat(people(Measure.PERSONALISED_CARE, "", "QUARTER", LocalDate.of(2026, 4, 1))).isEqualTo(2);
        assertThat(people(Measure.SHARED_DECISION, "", "MONTH", LocalDate.of(2026, 5, 1))).isEqualTo(2);
        assertThat(people(Measure.PCSP_AGREED, "", "YEAR", LocalDate.of(2026, 4, 1))).isEqualTo(1);
    }

    @Test
    void theSameThingTwiceInAPeriodCountsOnceButInEachPeriodItHappensIn() {
        PersonId ann = new PersonId(UUID.randomUUID());
        happened(ann, someone(3), Measure.SHARED_DECISION, "", MAY_3);
        happened(ann, someone(3), Measure.SHARED_DECISION, "", MAY_20);
        happened(ann, someone(3), Measure.SHARED_DECISION, "", JUNE_9);

        assertThat(people(Measure.SHARED_DECISION, "", "MONTH", LocalDate.of(2026, 5, 1))).isEqualTo(1);
        assertThat(people(Measure.SHARED_DECISION, "", "MONTH", LocalDate.of(2026, 6, 1))).isEqualTo(1);
        assertThat(people(Measure.SHARED_DECISION, "", "QUARTER", LocalDate.of(2026, 4, 1))).isEqualTo(1);
    }

    @Test
    void aBudgetCountsOnceInItsTotalAndOnceUnderEachWayItIsManaged() {
        PersonId ann = new PersonId(UUID.randomUUID());
        PersonId ben = new PersonId(UUID.randomUUID());
        happened(ann, someone(2), Measure.budgetStarted(false), "NOTIONAL", MAY_3);
        happened(ann, someone(2), Measure.budgetInPlace(false), "NOTIONAL", MAY_3);
        happened(ann, someone(2), Measure.budgetInPlace(false), "DIRECT_PAYMENT", MAY_20);
        happened(ben, someone(2), Measure.budgetInPlace(false), "NOTIONAL", MAY_20);

        LocalDate may = LocalDate.of(2026, 5, 1);
        assertThat(people(Measure.PHB, "", "MONTH", may)).isEqualTo(2);
        assertThat(people(Measure.PHB, "NOTIONAL", "MONTH", may)).isEqualTo(2);
        assertThat(people(Measure.PHB, "DIRECT_PAYMENT", "MONTH", may)).isEqualTo(1);
        assertThat(people(Measure.PHB_NEW, "", "MONTH", may)).as("only Ann's was approved in May").isEqualTo(1);
        assertThat(people(Measure.PHB_NEW, "", "MONTH", LocalDate.of(2026, 6, 1))).isZero();
    }

    @Test
    void aWheelchairBudgetIsCountedSeparatelyNeverAsAPersonalHealthBudget() {
        PersonId cal = new PersonId(UUID.randomUUID());
        happened(cal, someone(5), Measure.budgetStarted(true), "PWB_NOTIONAL_TOP_UP", MAY_3);
        happened(cal, someone(5), Measure.budgetInPlace(true), "PWB_NOTIONAL_TOP_UP", MAY_3);

        LocalDate may = LocalDate.of(2026, 5, 1);
        assertThat(people(Measure.PWB, "", "MONTH", may)).isEqualTo(1);
        assertThat(people(Measure.PWB_NEW, "", "MONTH", may)).isEqualTo(1);
        assertThat(people(Measure.PHB, "", "MONTH", may)).isZero();
        assertThat(people(Measure.PERSONALISED_CARE, "", "MONTH", may)).isEqualTo(1);
    }

    @Test
    void socialPrescribingStagesAndImprovedWellbeingAreNotInterventionsOnTheirOwn() {
        PersonId dee = new PersonId(UUID.randomUUID());
        happened(dee, someone(4), Measure.SP_CONNECTED, "", MAY_3);
        happened(dee, someone(4), Measure.SP_CLOSED, "", MAY_3);
        happened(dee, someone(4), Measure.WELLBEING_IMPROVED, "", MAY_3);

        LocalDate may = LocalDate.of(2026, 5, 1);
        assertThat(people(Measure.SP_CONNECTED, "", "MONTH", may)).isEqualTo(1);
        assertThat(people(Measure.WELLBEING_IMPROVED, "", "MONTH", may)).isEqualTo(1);
        assertThat(people(Measure.PERSONALISED_CARE, "", "MONTH", may))
                .as("the referral that started it is the intervention, counted when it was made").isZero();
    }

    @Test
    void eachFactCarriesThePersonsOptOutSoExtractsCanLeaveThemOut() {
        ReportPerson optedOut = new ReportPerson("LS6", 1, "White", LocalDate.of(1960, 1, 1), "Female",
                "Not disabled", false, true, false, false);
        List<Fact> facts = ReportingFacts.factsFor(new PersonId(UUID.randomUUID()), optedOut, Measure.SP_REFERRAL, "",
                MAY_3, null, AREAS);

        assertThat(facts).isNotEmpty().allMatch(Fact::dataOptOut);
    }
}
