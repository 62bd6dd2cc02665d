package care.whatmatters.reporting;

import care.whatmatters.reporting.domain.AreaLevel;
import care.whatmatters.reporting.domain.Dimension;
import care.whatmatters.reporting.domain.EquityGap;
import care.whatmatters.reporting.domain.Groups;
import care.whatmatters.reporting.domain.Measure;
import care.whatmatters.reporting.domain.PeriodKind;
import care.whatmatters.reporting.domain.ReportPeriod;
import care.whatmatters.reporting.domain.Suppression;
import care.whatmatters.reporting.persistence.CountRepository;
import care.whatmatters.team.Organisations;
import care.whatmatters.workforce.Training;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The population report for a period and area, read from the maintained counts only (a few thousand rows
 * by primary key), with suppression, rates, equity flags, targets and projections applied on the way out.
 * Worked-out measures are reused until the counts change ({@link FinishedReports}); the workforce figure and
 * the area's name come from other modules and are read each time.
 */
@Service
public class PopulationReports {

    private final CountRepository counts;
    private final ReportingSettings settings;
    private final Organisations organisations;
    private final Training training;
    private final Clock clock;
    private final FinishedReports finished = new FinishedReports();

    PopulationReports(CountRepository counts, ReportingSettings settings, Organisations organisations,
            Training training, Clock clock) {
        this.counts = counts;
        this.settings = settings;
        this.organisations = organisations;
        this.training = training;
        this.clock = clock;
    }

    public ReportSummary summary(ReportPeriod period, AreaLevel level, String code) {
        String area = level == AreaLevel.NATION ? "ALL" : code;
        LocalDate today = LocalDate.now(clock);
        // The generation is read before any count, so the measures are at least as new as it says.
        Long generation = counts.generation();
        List<ReportSummary.MeasureReport> measures = finished.measures(
                new FinishedReports.Key(period, level, area, today), generation, () -> measures(period, level, area, today));
        return new ReportSummary(
                new ReportSummary.Period(period.kind().name(), period.start(), period.end(), period.label()),
                new ReportSummary.Area(level.name(), area, areaName(level, area)), settings.suppressBelow(), measures,
                new ReportSummary.Workforce(training.practitionersTrainedBy(
                        today.isBefore(period.end()) ? today : period.end()), settings.workforceTarget()));
    }

    /**
     * Every measure of the report, worked out from the counts as they stand on {@code today}: the day the report
     * is kept under, so projections and trends are those of that day even if midnight passes meanwhile.
     */
    private List<ReportSummary.MeasureReport> measures(ReportPeriod period, AreaLevel level, String area,
            LocalDate today) {
        Cells cells = new Cells(counts.forArea(period.kind().name(), period.start(), level.name(), area));
        Cells registered = new Cells(counts.forArea(PeriodKind.EVER.name(), ReportPeriod.EVER.start(), level.name(),
                area));
        Trends trends = trends(period, level, area, today);
        List<ReportSummary.MeasureReport> measures = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            measures.add(measure(measure, period, cells, registered, trends, today));
        }
        return measures;
    }

    private ReportSummary.MeasureReport measure(Measure measure, ReportPeriod period, Cells cells, Cells registered,
            Trends trends, LocalDate today) {
        long total = cells.get(measure.name(), "", Dimension.ALL, "ALL");
        boolean hidden = Suppression.hides(total, settings.suppressBelow());
        Long target = settings.localTarget(measure);
        Long periodTarget = target == null ? null : Math.round(target * period.fractionOfYear());
        double elapsed = period.elapsedFraction(today);
        return new ReportSummary.MeasureReport(measure.name(), measure.label(), measure.definition(),
                hidden ? null : total, hidden, periodTarget,
                hidden || periodTarget == null || periodTarget == 0 ? null : round(100.0 * total / periodTarget),
                hidden || elapsed <= 0 ? null : Math.round(total / elapsed),
                breakdowns(measure, cells, registered, total), details(measure, cells, total),
                trends.of(measure));
    }

    private Map<String, List<ReportSummary.Group>> breakdowns(Measure measure, Cells cells, Cells registered,
            long total) {
        EquityGap gap = settings.equityGap();
        long allRegistered = registered.get(Measure.REGISTERED.name(), "", Dimension.ALL, "ALL");
        Map<String, List<ReportSummary.Group>> breakdowns = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            if (dimension == Dimension.ALL) {
                continue;
            }
            Map<String, Long> raw = new LinkedHashMap<>();
            Groups.of(dimension).forEach(g -> raw.put(g, cells.get(measure.name(), "", dimension, g)));
            List<ReportSummary.Group> groups = new ArrayList<>();
            for (Suppression.Cell cell : Suppression.breakdown(raw, total, settings.suppressBelow())) {
                long people = raw.get(cell.key());
                long inGroup = registered.get(Measure.REGISTERED.name(), "", dimension, cell.key());
                Double rate = cell.suppressed() ? null : EquityGap.ratePerThousand(people, inGroup);
                groups.add(new ReportSummary.Group(cell.key(), cell.shown(), cell.suppressed(),
                        rate == null ? null : round(rate),
                        measure != Measure.REGISTERED && gap.flags(people, inGroup, total, allRegistered)));
            }
            breakdowns.put(dimension.name(), groups);
        }
        return breakdowns;
    }

    private List<ReportSummary.Group> details(Measure measure, Cells cells, long total) {
        Map<String, Long> raw = cells.details(measure.name());
        if (raw.isEmpty()) {
            return List.of();
        }
        return Suppression.breakdown(raw, total, settings.suppressBelow()).stream()
                .map(c -> new ReportSummary.Group(c.key(), c.shown(), c.suppressed(), null, false)).toList();
    }

    /** The twelve months up to the end of the period (or to this month), of every measure, read together. */
    private Trends trends(ReportPeriod period, AreaLevel level, String area, LocalDate today) {
        LocalDate lastDay = period.kind() == PeriodKind.EVER ? today : period.end();
        ReportPeriod last = ReportPeriod.containing(PeriodKind.MONTH, lastDay.isAfter(today) ? today : lastDay);
        LocalDate first = last.start().minusMonths(11);
        return new Trends(first, last.start(),
                counts.series(PeriodKind.MONTH.name(), first, last.start(), level.name(), area));
    }

    /** Each measure's monthly counts from {@code first} to {@code last}, each month suppressed on its own. */
    private final class Trends {
        private final LocalDate first;
        private final LocalDate last;
        private final Map<String, Map<LocalDate, Long>> counted;

        Trends(LocalDate first, LocalDate last, Map<String, Map<LocalDate, Long>> counted) {
            this.first = first;
            this.last = last;
            this.counted = counted;
        }

        List<ReportSummary.Point> of(Measure measure) {
            Map<LocalDate, Long> values = counted.getOrDefault(measure.name(), Map.of());
            List<ReportSummary.Point> points = new ArrayList<>();
            for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                long people = values.getOrDefault(month, 0L);
                points.add(new ReportSummary.Point(month, new ReportPeriod(PeriodKind.MONTH, month).label(),
                        Suppression.hides(people, settings.suppressBelow()) ? null : people));
            }
            return points;
        }
    }

    private String areaName(AreaLevel level, String code) {
        if (level == AreaLevel.NATION) {
            return AreaLevel.NATION.label();
        }
        if (level == AreaLevel.ORGANISATION) {
            try {
                return organisations.names().getOrDefault(UUID.fromString(code), "Unknown organisation");
            } catch (IllegalArgumentException e) {
                return "Unknown organisation";
            }
        }
        return code;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The count rows for one area, looked up by measure, detail and group. */
    private static final class Cells {
        private final Map<String, Long> byKey = new HashMap<>();
        private final Map<String, Map<String, Long>> details = new HashMap<>();

        Cells(List<CountRepository.Row> rows) {
            for (CountRepository.Row r : rows) {
                byKey.put(key(r.measure(), r.detail(), r.dimension(), r.dimensionValue()), r.people());
                if (!r.detail().isEmpty() && r.dimension().equals(Dimension.ALL.name())) {
                    details.computeIfAbsent(r.measure(), m -> new LinkedHashMap<>()).put(r.detail(), r.people());
                }
            }
        }

        long get(String measure, String detail, Dimension dimension, String group) {
            return byKey.getOrDefault(key(measure, detail, dimension.name(), group), 0L);
        }

        Map<String, Long> details(String measure) {
            return details.getOrDefault(measure, Map.of());
        }

        private static String key(String measure, String detail, String dimension, String group) {
            return measure + '\u0000' + detail + '\u0000' + dimension + '\u0000' + group;
        }
    }
}
