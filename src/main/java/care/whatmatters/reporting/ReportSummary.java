package care.whatmatters.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A population report for one period and area: de-identified counts only, small numbers suppressed.
 * A {@code null} count means suppressed (between 1 and the threshold, or revealing one that is).
 */
public record ReportSummary(Period period, Area area, int suppressionThreshold, List<MeasureReport> measures,
        Workforce workforce) {

    public record Period(String kind, LocalDate start, LocalDate end, String label) {
    }

    public record Area(String level, String code, String name) {
    }

    /**
     * One measure: how many people, against this deployment's share of the target, with the projection at
     * the current rate and the equity breakdowns.
     */
    public record MeasureReport(String measure, String label, String definition, Long people, boolean suppressed,
            Long target, Double progressPercent, Long projectedToPeriodEnd, Map<String, List<Group>> breakdowns,
            List<Group> details, List<Point> series) {
    }

    /** One group in a breakdown, with its rate per 1,000 registered people in the group where known. */
    public record Group(String group, Long people, boolean suppressed, Double ratePer1000, boolean wellBelowOverall) {
    }

    public record Point(LocalDate periodStart, String label, Long people) {
    }

    public record Workforce(long trained, long target) {
    }
}
