package care.whatmatters.reporting;

import care.whatmatters.reporting.domain.AreaLevel;
import care.whatmatters.reporting.domain.ReportPeriod;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The measures of reports already worked out, kept while the counts they came from are current. The counts
 * change only when a fold (or a load) commits, every two seconds at most, while the dashboard may be opened
 * hundreds of times a second; working a report out again each time cost about 4 ms of the server's time and
 * 0.8 ms of the database's.
 * <p>
 * Each report is stamped with the counts' generation (V074: it goes up with every transaction that writes
 * counts) read <em>before</em> the counts were, so the report is at least as new as its stamp. A report is
 * reused only while its stamp is not older than the generation now, which holds on every node without any
 * message between them. The day is part of the key, because projections and trends depend on it.
 */
final class FinishedReports {

    /** Bounded: a report with every breakdown is of the order of 100 KB, so this is a few tens of MB at most. */
    static final int MOST_KEPT = 200;

    record Key(ReportPeriod period, AreaLevel level, String area, LocalDate today) {
    }

    private record Finished(long generation, List<ReportSummary.MeasureReport> measures) {
    }

    private final Cache<Key, Finished> kept = Caffeine.newBuilder().maximumSize(MOST_KEPT).build();

    /**
     * The measures for the key, reused if worked out from counts at least as new as {@code generation}, else
     * worked out now (once, however many ask at the same moment). Without a generation (its row is missing),
     * nothing is kept or reused.
     */
    List<ReportSummary.MeasureReport> measures(Key key, Long generation,
            Supplier<List<ReportSummary.MeasureReport>> workOut) {
        if (generation == null) {
            return workOut.get();
        }
        return kept.asMap().compute(key, (k, old) -> old != null && old.generation() >= generation ? old
                : new Finished(generation, List.copyOf(workOut.get()))).measures();
    }
}
