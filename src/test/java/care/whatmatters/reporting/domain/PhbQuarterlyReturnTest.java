package care.whatmatters.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The PHB quarterly return on hand-built budgets for Q3 of 2026/27 (1 October to 31 December 2026), with
 * suppression below 8.
 */
class PhbQuarterlyReturnTest {

    private static final ReportPeriod Q3 = new ReportPeriod(PeriodKind.QUARTER, LocalDate.of(2026, 10, 1));
    private static final LocalDate OCT = LocalDate.of(2026, 10, 5);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

    private final List<BudgetRecord> budgets = new ArrayList<>();

    private void budgets(int people, String basis, String mode, boolean wheelchair, LocalDate approved,
            LocalDate stopped) {
        for (int i = 0; i < people; i++) {
            budgets.add(new BudgetRecord(UUID.randomUUID(), basis, mode, wheelchair, approved, stopped));
        }
    }

    private String value(CsvTable csv, String item, String breakdown) {
        return csv.rows().stream().filter(r -> r.get(5).equals(item) && r.get(7).equals(breakdown))
                .map(r -> r.get(8)).findFirst().orElseThrow(() -> new AssertionError(item + " " + breakdown));
    }

    private CsvTable returned() {
        return PhbQuarterlyReturn.of(budgets, Q3, "QWO", Map.of("PHB_NEW", "New PHBs"), 8);
    }

    @Test
    void countsPeopleInPlaceAndNewInTheQuarterWithWheelchairBudgetsApart() {
        budgets(12, "CHC", "NOTIONAL", false, JUNE, null);
        budgets(10, "CHC", "DIRECT_PAYMENT", false, OCT, null);
        budgets(9, "WHEELCHAIR", "PWB_THIRD_PARTY", true, OCT, null);
        budgets(20, "CHC", "NOTIONAL", false, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 30));

        CsvTable csv = returned();

        assertThat(value(csv, "PHB_IN_PLACE", "ALL")).isEqualTo("22");
        assertThat(value(csv, "PHB_NEW", "ALL")).isEqualTo("10");
        assertThat(value(csv, "PHB_NEW", "MODE=DIRECT_PAYMENT")).isEqualTo("10");
        assertThat(value(csv, "PHB_NEW", "MODE=NOTIONAL")).isEqualTo("0");
        assertThat(value(csv, "PWB_IN_PLACE", "ALL")).isEqualTo("9");
        assertThat(value(csv, "ALL_BUDGETS_YEAR_TO_DATE", "ALL")).as("stopped in September still counts").isEqualTo("51");
    }

    @Test
    void aPersonWithTwoBudgetsCountsOnceInTheTotalAndTheBreakdownsStillAddUp() {
        UUID twice = UUID.randomUUID();
        budgets.add(new BudgetRecord(twice, "CHC", "NOTIONAL", false, JUNE, null));
        budgets.add(new BudgetRecord(twice, "LOCAL", "THIRD_PARTY", false, OCT, null));
        budgets(9, "CHC", "NOTIONAL", false, JUNE, null);
        budgets(10, "S117", "NOTIONAL", false, JUNE, null);

        CsvTable csv = returned();

        assertThat(value(csv, "PHB_IN_PLACE", "ALL")).isEqualTo("20");
        assertThat(value(csv, "PHB_IN_PLACE", "BASIS=LOCAL")).as("the latest budget's basis").isEqualTo("suppressed");
        assertThat(value(csv, "PHB_IN_PLACE", "BASIS=CHC")).as("the next smallest, so LOCAL cannot be worked out")
                .isEqualTo("suppressed");
        assertThat(value(csv, "PHB_IN_PLACE", "BASIS=S117")).isEqualTo("10");
        assertThat(value(csv, "PHB_IN_PLACE", "MODE=THIRD_PARTY")).isEqualTo("suppressed");
    }

    @Test
    void suppressesSmallTotalsAndEveryNonZeroGroupUnderThem() {
        budgets(3, "S117", "DIRECT_PAYMENT", false, OCT, null);

        CsvTable csv = returned();

        assertThat(value(csv, "PHB_NEW", "ALL")).isEqualTo("suppressed");
        assertThat(value(csv, "PHB_NEW", "BASIS=S117")).isEqualTo("suppressed");
        assertThat(value(csv, "PHB_NEW", "BASIS=CHC")).isEqualTo("0");
        assertThat(value(csv, "PWB_NEW", "ALL")).isEqualTo("0");
    }

    @Test
    void hasTheDocumentedHeaderAndNamesItemsFromConfiguration() {
        CsvTable csv = returned();

        assertThat(csv.header()).containsExactly("return", "submitter", "quarter", "period_start", "period_end",
                "item_code", "item_name", "breakdown", "value");
        assertThat(csv.rows().getFirst()).containsExactly("DAPB2184 personal health budgets", "QWO", "2026-Q3",
                "2026-10-01", "2026-12-31", "PHB_IN_PLACE", "PHB_IN_PLACE", "ALL", "0");
        assertThat(csv.rows()).filteredOn(r -> r.get(5).equals("PHB_NEW")).allMatch(r -> r.get(6).equals("New PHBs"));
        assertThat(csv.rows()).extracting(r -> r.get(5)).containsSubsequence(PhbQuarterlyReturn.ITEMS);
        assertThat(PhbQuarterlyReturn.label(new ReportPeriod(PeriodKind.QUARTER, LocalDate.of(2027, 1, 1))))
                .isEqualTo("2026-Q4");
    }
}
