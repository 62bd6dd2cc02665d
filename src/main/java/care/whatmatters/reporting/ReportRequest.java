package care.whatmatters.reporting;

import care.whatmatters.reporting.domain.AreaLevel;
import care.whatmatters.reporting.domain.PeriodKind;
import care.whatmatters.reporting.domain.ReportPeriod;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import java.time.LocalDate;

/**
 * What a report asks for, as written in a URL: a period ({@code from} and {@code to}, defaulting to the
 * financial year to date) and an area ({@code LEVEL:code}, e.g. {@code PLACE:Leeds}; everywhere by default).
 */
public record ReportRequest(ReportPeriod period, AreaLevel level, String areaCode) {

    public static ReportRequest parse(String from, String to, String area, LocalDate today) {
        InputCheck check = new InputCheck();
        LocalDate start = check.date("from", from);
        LocalDate end = check.date("to", to);
        check.orThrow();
        ReportPeriod period = start == null ? ReportPeriod.containing(PeriodKind.YEAR, today)
                : ReportPeriod.between(start, end == null ? start : end).orElseThrow(() -> InvalidInputException.of(
                        "from", "must be the first day of a month, a quarter or a financial year (1 April), with "
                                + "'to' in the same period"));
        if (area == null || area.isBlank() || area.equalsIgnoreCase("NATION") || area.equalsIgnoreCase("ALL")) {
            return new ReportRequest(period, AreaLevel.NATION, "ALL");
        }
        int colon = area.indexOf(':');
        AreaLevel level = colon < 0 ? null : new InputCheck().choice("area", AreaLevel.class, area.substring(0, colon));
        if (level == null || colon == area.length() - 1) {
            throw InvalidInputException.of("area", "must be written LEVEL:code, e.g. PLACE:Leeds, ICS:West Yorkshire, "
                    + "DISTRICT:LS6 or ORGANISATION:<id>");
        }
        return new ReportRequest(period, level, area.substring(colon + 1));
    }
}
