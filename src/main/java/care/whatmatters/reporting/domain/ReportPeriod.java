package care.whatmatters.reporting.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A month, a financial quarter (April–June is Q1) or a financial year (1 April to 31 March).
 *
 * @param start the first day of the period
 */
public record ReportPeriod(PeriodKind kind, LocalDate start) {

    /** All time: the start is a fixed date before any record. */
    public static final ReportPeriod EVER = new ReportPeriod(PeriodKind.EVER, LocalDate.of(2000, 1, 1));

    public static ReportPeriod containing(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case EVER -> EVER;
            case MONTH -> new ReportPeriod(kind, day.withDayOfMonth(1));
            case QUARTER -> new ReportPeriod(kind, day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1));
            case YEAR -> new ReportPeriod(kind, LocalDate.of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, 4, 1));
        };
    }

    /** The three periods a day belongs to: its month, its quarter and its financial year. */
    public static List<ReportPeriod> allContaining(LocalDate day) {
        return List.of(containing(PeriodKind.MONTH, day), containing(PeriodKind.QUARTER, day),
                containing(PeriodKind.YEAR, day));
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (kind) {
            case EVER -> LocalDate.of(9999, 12, 31);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end());
    }

    /**
     * The period a report asks for as {@code from} and {@code to}: {@code from} must be the first day of a
     * month, quarter or financial year; the smallest of those starting there that reaches {@code to} is
     * the one counted (to date, if it has not ended).
     */
    public static java.util.Optional<ReportPeriod> between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return java.util.Optional.empty();
        }
        for (PeriodKind kind : new PeriodKind[] {PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR}) {
            ReportPeriod candidate = containing(kind, from);
            if (candidate.start().equals(from) && !to.isAfter(candidate.end())) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    /** The same kind of period just before this one. */
    public ReportPeriod previous() {
        return containing(kind, start.minusDays(1));
    }

    /** The fraction of a year this period is, to share out an annual target. */
    public double fractionOfYear() {
        return switch (kind) {
            case MONTH -> 1.0 / 12;
            case QUARTER -> 0.25;
            case YEAR, EVER -> 1;
        };
    }

    /** What fraction of the period has passed by {@code today} (1 for a period that has ended). */
    public double elapsedFraction(LocalDate today) {
        if (today.isAfter(end())) {
            return 1;
        }
        if (today.isBefore(start)) {
            return 0;
        }
        double days = ChronoUnit.DAYS.between(start, end()) + 1;
        return (ChronoUnit.DAYS.between(start, today) + 1) / days;
    }

    public String label() {
        int financialYear = start.getMonthValue() >= 4 ? start.getYear() : start.getYear() - 1;
        String year = financialYear + "/" + String.format("%02d", (financialYear + 1) % 100);
        return switch (kind) {
            case EVER -> "All time";
            case MONTH -> start.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
            case QUARTER -> "Q" + ((start.getMonthValue() + 8) % 12 / 3 + 1) + " " + year;
            case YEAR -> year;
        };
    }
}
