package care.whatmatters.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The personal health budgets quarterly return (NHS England's PHB collection, DAPB2184): aggregate counts
 * of people, each item broken down so that the groups of a breakdown add up to the item's total (a person
 * with several budgets is put in the group of their latest approved one), small numbers suppressed with
 * secondary suppression. The items' names are configuration: the collection's exact item list is not in
 * the domain brief (UNVERIFIED).
 */
public final class PhbQuarterlyReturn {

    public static final List<String> HEADER = List.of("return", "submitter", "quarter", "period_start", "period_end",
            "item_code", "item_name", "breakdown", "value");
    public static final List<String> ITEMS = List.of("PHB_IN_PLACE", "PHB_NEW", "PWB_IN_PLACE", "PWB_NEW",
            "ALL_BUDGETS_YEAR_TO_DATE");
    static final List<String> BASES = List.of("CHC", "CCC", "S117", "EHCP", "LOCAL");
    static final List<String> MODES = List.of("NOTIONAL", "THIRD_PARTY", "DIRECT_PAYMENT", "PWB_NOTIONAL_TOP_UP",
            "PWB_THIRD_PARTY", "MIXED");

    private PhbQuarterlyReturn() {
    }

    /**
     * @param budgets    budgets in place at any time from the start of the financial year to the quarter's end,
     *                   of people who have not opted out
     * @param itemNames  item code → the name the return gives it
     */
    public static CsvTable of(List<BudgetRecord> budgets, ReportPeriod quarter, String submitter,
            Map<String, String> itemNames, int threshold) {
        LocalDate from = quarter.start();
        LocalDate to = quarter.end();
        LocalDate yearStart = ReportPeriod.containing(PeriodKind.YEAR, from).start();
        CsvTable csv = new CsvTable(HEADER);
        Item item = (code, which, breakdowns) -> {
            Map<UUID, BudgetRecord> latest = latestPerPerson(budgets.stream().filter(which).toList());
            List<String> prefix = List.of("DAPB2184 personal health budgets", submitter, label(quarter),
                    from.toString(), to.toString(), code, itemNames.getOrDefault(code, code));
            long total = latest.size();
            add(csv, prefix, "ALL", Suppression.hides(total, threshold) ? null : total);
            for (Breakdown breakdown : breakdowns) {
                Map<String, Long> raw = new LinkedHashMap<>();
                breakdown.groups().forEach(g -> raw.put(g, 0L));
                latest.values().forEach(b -> raw.merge(breakdown.classify().apply(b), 1L, Long::sum));
                Suppression.breakdown(raw, total, threshold)
                        .forEach(c -> add(csv, prefix, breakdown.name() + "=" + c.key(), c.shown()));
            }
        };
        Predicate<BudgetRecord> phb = b -> !b.wheelchair();
        Predicate<BudgetRecord> pwb = BudgetRecord::wheelchair;
        Predicate<BudgetRecord> inQuarter = b -> b.inPlaceBetween(from, to);
        Predicate<BudgetRecord> newInQuarter = b -> b.approvedBetween(from, to);
        Breakdown basis = new Breakdown("BASIS", BASES, BudgetRecord::basis);
        Breakdown mode = new Breakdown("MODE", MODES, BudgetRecord::mode);
        List<Breakdown> byBasisAndMode = List.of(basis, mode);
        List<Breakdown> byMode = List.of(mode);
        item.add("PHB_IN_PLACE", phb.and(inQuarter), byBasisAndMode);
        item.add("PHB_NEW", phb.and(newInQuarter), byBasisAndMode);
        item.add("PWB_IN_PLACE", pwb.and(inQuarter), byMode);
        item.add("PWB_NEW", pwb.and(newInQuarter), byMode);
        item.add("ALL_BUDGETS_YEAR_TO_DATE", b -> b.inPlaceBetween(yearStart, to), List.of());
        return csv;
    }

    /** "2026-Q3": the financial year it starts in, and the quarter of that year (Q1 is April to June). */
    public static String label(ReportPeriod quarter) {
        LocalDate yearStart = ReportPeriod.containing(PeriodKind.YEAR, quarter.start()).start();
        int q = (int) (java.time.temporal.ChronoUnit.MONTHS.between(yearStart, quarter.start()) / 3) + 1;
        return yearStart.getYear() + "-Q" + q;
    }

    private interface Item {
        void add(String code, Predicate<BudgetRecord> which, List<Breakdown> breakdowns);
    }

    /** A breakdown of an item: its groups, in order, and which group a budget falls in. */
    private record Breakdown(String name, List<String> groups, Function<BudgetRecord, String> classify) {
    }

    private static Map<UUID, BudgetRecord> latestPerPerson(List<BudgetRecord> budgets) {
        return budgets.stream().collect(Collectors.toMap(BudgetRecord::person, b -> b,
                (a, b) -> Comparator.comparing(BudgetRecord::approvedOn).compare(a, b) >= 0 ? a : b,
                LinkedHashMap::new));
    }

    private static void add(CsvTable csv, List<String> prefix, String breakdown, Long value) {
        List<String> row = new ArrayList<>(prefix);
        row.add(breakdown);
        row.add(value == null ? "suppressed" : value.toString());
        csv.row(row);
    }
}
