package care.whatmatters.reporting.web;

import care.whatmatters.reporting.ReportSummary;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes a report summary as CSV (RFC 4180): fields quoted where needed, suppressed counts as words. */
final class SummaryCsv {

    private SummaryCsv() {
    }

    static String of(ReportSummary s) {
        StringBuilder csv = new StringBuilder();
        row(csv, "period", "area", "measure", "breakdown", "group", "people", "target", "progress_percent",
                "projected_to_period_end", "rate_per_1000_registered", "well_below_overall");
        for (ReportSummary.MeasureReport m : s.measures()) {
            row(csv, s.period().label(), s.area().name(), m.label(), "", "", count(m.people(), m.suppressed()),
                    text(m.target()), text(m.progressPercent()), text(m.projectedToPeriodEnd()), "", "");
            m.breakdowns().forEach((dimension, groups) -> groups.forEach(g -> row(csv, s.period().label(),
                    s.area().name(), m.label(), dimension, g.group(), count(g.people(), g.suppressed()), "", "", "",
                    text(g.ratePer1000()), g.wellBelowOverall() ? "yes" : "no")));
        }
        return csv.toString();
    }

    private static String count(Long people, boolean suppressed) {
        return suppressed ? "suppressed" : text(people);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void row(StringBuilder csv, String... fields) {
        csv.append(Stream.of(fields).map(SummaryCsv::quoted).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quotes a field holding a comma, quote or line break; starts a field that a spreadsheet would run as a formula with a quote mark. */
    static String quoted(String field) {
        String safe = field;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0 && !safe.matches("-?[0-9.]+")) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
