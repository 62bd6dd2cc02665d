package care.whatmatters.reporting.web;

import care.whatmatters.reporting.PopulationReports;
import care.whatmatters.reporting.ReportRequest;
import care.whatmatters.reporting.ReportSummary;
import care.whatmatters.reporting.ReportingSettings;
import care.whatmatters.reporting.domain.AreaLevel;
import care.whatmatters.reporting.domain.Dimension;
import care.whatmatters.reporting.domain.Measure;
import care.whatmatters.reporting.domain.PeriodKind;
import care.whatmatters.reporting.domain.ReportPeriod;
import care.whatmatters.team.Organisations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The commissioners' dashboard: every measure against its target, a time series, and the equity view. */
@Controller
class DashboardPages {

    private final PopulationReports reports;
    private final ReportingSettings settings;
    private final Organisations organisations;
    private final RenderedReports rendered;
    private final Clock clock;

    DashboardPages(PopulationReports reports, ReportingSettings settings, Organisations organisations,
            RenderedReports rendered, Clock clock) {
        this.reports = reports;
        this.rendered = rendered;
        this.settings = settings;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String dashboard(@RequestParam(required = false) String period, @RequestParam(required = false) String area,
            @RequestParam(required = false) String measure, Model model, HttpServletRequest httpRequest,
            HttpServletResponse httpResponse) {
        LocalDate today = LocalDate.now(clock);
        ReportRequest request = request(period, area, today);
        ReportSummary summary = reports.summary(request.period(), request.level(), request.areaCode());
        Measure focus = measure == null ? Measure.PERSONALISED_CARE
                : new care.whatmatters.shared.InputCheck().choice("measure", Measure.class, measure);
        ReportSummary.MeasureReport focused = summary.measures().stream()
                .filter(m -> m.measure().equals((focus == null ? Measure.PERSONALISED_CARE : focus).name()))
                .findFirst().orElseThrow();
        String selectedPeriod = request.period().start() + "|" + request.period().end();
        String selectedArea = request.level() == AreaLevel.NATION ? "NATION"
                : request.level().name() + ":" + request.areaCode();
        Map<String, String> areas = areaChoices();
        RenderedReports.Key key = new RenderedReports.Key(summary.measures(), summary.workforce().trained(),
                focused.measure(), selectedPeriod, selectedArea, today, areas);
        model.addAttribute("report", rendered.html(key, () -> {
            Map<String, Object> report = new HashMap<>();
            report.put("summary", summary);
            report.put("focus", focused);
            report.put("seriesChart", BarChart.of("People per month: " + focused.label(),
                    focused.series().stream().map(p -> SHORT_MONTH.format(p.periodStart())).toList(),
                    focused.series().stream().map(ReportSummary.Point::people).toList()));
            report.put("equityCharts", equityCharts(focused));
            report.put("detailsChart", BarChart.of("People by kind: " + focused.label(),
                    focused.details().stream().map(d -> shortLabel(kind(d.group()))).toList(),
                    focused.details().stream().map(ReportSummary.Group::people).toList()));
            Map<String, String> kinds = new LinkedHashMap<>();
            focused.details().forEach(d -> kinds.put(d.group(), kind(d.group())));
            report.put("kinds", kinds);
            report.put("quarter", care.whatmatters.reporting.domain.PhbQuarterlyReturn.label(
                    ReportPeriod.containing(PeriodKind.QUARTER, today)));
            report.put("dimensions", dimensionLabels());
            report.put("periods", periodChoices(today));
            report.put("areas", areas);
            report.put("measures", Measure.values());
            report.put("selectedPeriod", selectedPeriod);
            report.put("selectedArea", selectedArea);
            return report;
        }, httpRequest, httpResponse));
        return "reporting/dashboard";
    }

    /**
     * The summary as CSV, for spreadsheets: one row per measure, then one per measure, breakdown and group.
     * Suppressed counts are written as "suppressed", never as a number.
     */
    @GetMapping(value = "/reports/summary.csv", produces = "text/csv")
    org.springframework.http.ResponseEntity<String> csv(@RequestParam(required = false) String period,
            @RequestParam(required = false) String area) {
        ReportRequest request = request(period, area, LocalDate.now(clock));
        ReportSummary summary = reports.summary(request.period(), request.level(), request.areaCode());
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"personalised-care-"
                        + request.period().start() + ".csv\"")
                .contentType(org.springframework.http.MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(SummaryCsv.of(summary));
    }

    private static ReportRequest request(String period, String area, LocalDate today) {
        String from = null;
        String to = null;
        if (period != null && period.contains("|")) {
            from = period.substring(0, period.indexOf('|'));
            to = period.substring(period.indexOf('|') + 1);
        }
        return ReportRequest.parse(from, to, area, today);
    }

    private static final java.time.format.DateTimeFormatter SHORT_MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MMM", java.util.Locale.UK);

    /** A detail code (a management mode, say) in words: DIRECT_PAYMENT → Direct payment. */
    static String kind(String code) {
        String words = code.replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String shortLabel(String label) {
        return label.length() > 9 ? label.substring(0, 8) + "…" : label;
    }

    private static Map<String, BarChart> equityCharts(ReportSummary.MeasureReport focused) {
        Map<String, BarChart> charts = new LinkedHashMap<>();
        focused.breakdowns().forEach((dimension, groups) -> charts.put(dimension, BarChart.of(
                "Rate per 1,000 registered, by " + Dimension.valueOf(dimension).label().toLowerCase(),
                groups.stream().map(g -> g.group().length() > 9 ? g.group().substring(0, 8) + "…" : g.group()).toList(),
                groups.stream().map(g -> g.ratePer1000() == null ? null : Math.round(g.ratePer1000())).toList())));
        return charts;
    }

    private static Map<String, String> dimensionLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            labels.put(d.name(), d.label());
        }
        return labels;
    }

    /** This and last financial year, their quarters and the last twelve months, as "from|to" choices. */
    private static Map<String, String> periodChoices(LocalDate today) {
        Map<String, String> choices = new LinkedHashMap<>();
        ReportPeriod year = ReportPeriod.containing(PeriodKind.YEAR, today);
        for (ReportPeriod y : List.of(year, year.previous())) {
            choices.put(y.start() + "|" + y.end(), "Financial year " + y.label() + (y == year ? " (to date)" : ""));
        }
        ReportPeriod quarter = ReportPeriod.containing(PeriodKind.QUARTER, today);
        for (int i = 0; i < 4; i++, quarter = quarter.previous()) {
            choices.put(quarter.start() + "|" + quarter.end(), quarter.label());
        }
        ReportPeriod month = ReportPeriod.containing(PeriodKind.MONTH, today);
        for (int i = 0; i < 12; i++, month = month.previous()) {
            choices.put(month.start() + "|" + month.end(), month.label());
        }
        return choices;
    }

    private Map<String, String> areaChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("NATION", AreaLevel.NATION.label());
        new TreeSet<>(settings.areas().stream().map(a -> a.ics()).toList())
                .forEach(ics -> choices.put("ICS:" + ics, "Integrated care system: " + ics));
        List<String> places = new ArrayList<>(new TreeSet<>(settings.areas().stream().map(a -> a.place()).toList()));
        places.forEach(place -> choices.put("PLACE:" + place, "Place: " + place));
        organisations.names().forEach((id, name) -> choices.put("ORGANISATION:" + id, "Organisation: " + name));
        return choices;
    }
}
