package care.whatmatters.population;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.copy.CopyManager;

/**
 * The dashboard's counts for the facts a load writes, folded in memory and added to {@code report_count} in
 * the same transaction as the facts, which are written already aggregated. Folding ten million facts one
 * batch at a time through the reporting aggregator would take hours; this takes seconds. It follows the
 * aggregator's rule exactly ({@code ReportAggregator.contributions}): each fact adds one person to the
 * overall cell and to one cell per equity group, in the nation and in every area the fact names.
 * <p>
 * That is some 35 cells a fact, 350 million additions for a million people, so a cell is not an object: its
 * parts (period, measure, area, group) are numbered once by {@link Names}, shared by every chunk of a load,
 * and a cell is those four numbers packed into one {@code long}, counted in a {@link CellCounts}.
 */
final class CountFold {

    /** Bits for each part of a cell's key; generous for a load (a few dozen periods, a few thousand areas). */
    private static final int GROUP_BITS = 12;
    private static final int AREA_BITS = 20;
    private static final int MEASURE_BITS = 12;

    private final Names names;
    private final CellCounts cells = new CellCounts();

    CountFold(Names names) {
        this.names = names;
    }

    /**
     * One fact's contributions.
     *
     * @param areas  the numbers of the areas it counts in (the nation's included)
     * @param groups the numbers of its equity groups, the overall "ALL" group first
     */
    void add(int period, int measure, int[] areas, int areaCount, int[] groups, int groupCount) {
        long periodAndMeasure = ((long) period << MEASURE_BITS | measure) << AREA_BITS;
        for (int a = 0; a < areaCount; a++) {
            long withArea = (periodAndMeasure | areas[a]) << GROUP_BITS;
            for (int g = 0; g < groupCount; g++) {
                cells.add(withArea | groups[g], 1);
            }
        }
    }

    void addAll(CountFold other) {
        other.cells.forEach(cells::add);
    }

    /** Adds the folded counts to report_count and starts again (inside the caller's transaction). */
    void flush(Connection connection, CopyManager copy) throws SQLException, IOException {
        if (cells.size() == 0) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table if not exists population_count "
                    + "(like report_count including defaults) on commit delete rows");
            StringBuilder rows = new StringBuilder(cells.size() * 80);
            cells.forEach((key, people) -> {
                Period period = (Period) names.periods.get((int) (key >>> (GROUP_BITS + AREA_BITS + MEASURE_BITS)));
                Pair measure = (Pair) names.measures.get((int) (key >>> (GROUP_BITS + AREA_BITS)) & mask(MEASURE_BITS));
                Pair area = (Pair) names.areas.get((int) (key >>> GROUP_BITS) & mask(AREA_BITS));
                Pair group = (Pair) names.groups.get((int) key & mask(GROUP_BITS));
                rows.append(String.join("\t", period.kind(), period.start().toString(), area.name(),
                        escape(area.value()), escape(measure.name()), escape(measure.value()), group.name(),
                        escape(group.value()))).append('\t').append(people).append('\n');
            });
            copy.copyIn("copy population_count (period_kind, period_start, area_level, area_code, measure, detail, "
                    + "dimension, dimension_value, people) from stdin", new java.io.StringReader(rows.toString()));
            statement.execute("""
                    insert into report_count select * from population_count
                    on conflict (period_kind, period_start, area_level, area_code, measure, detail, dimension,
                      dimension_value) do update set people = report_count.people + excluded.people""");
            statement.execute("truncate population_count");
        }
        cells.clear();
    }

    private static int mask(int bits) {
        return (1 << bits) - 1;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    /** A reporting period: its kind's name and first day. */
    record Period(String kind, Object start) {
    }

    /** A measure and its detail, an area's level and code, or an equity group's dimension and value. */
    record Pair(String name, String value) {
    }

    /**
     * The numbers of a load's periods, measures, areas and groups, given out as they are first met by any
     * generator thread. Number 0 is never given, so no cell's key is 0 (what {@link CellCounts} needs).
     */
    static final class Names {

        private final Numbering periods = new Numbering(1 << (64 - GROUP_BITS - AREA_BITS - MEASURE_BITS - 1));
        private final Numbering measures = new Numbering(1 << MEASURE_BITS);
        private final Numbering areas = new Numbering(1 << AREA_BITS);
        private final Numbering groups = new Numbering(1 << GROUP_BITS);

        int period(String kind, Object start) {
            return periods.of(new Period(kind, start));
        }

        int measure(String measure, String detail) {
            return measures.of(new Pair(measure, detail));
        }

        int area(String level, String code) {
            return areas.of(new Pair(level, code));
        }

        int group(String dimension, String value) {
            return groups.of(new Pair(dimension, value));
        }
    }

    /** Numbers for values, from 1, safe to share between threads. */
    private static final class Numbering {

        private final ConcurrentHashMap<Object, Integer> numbers = new ConcurrentHashMap<>();
        private final List<Object> values = new ArrayList<>(List.of(""));
        private final int limit;

        Numbering(int limit) {
            this.limit = limit;
        }

        int of(Object value) {
            return numbers.computeIfAbsent(value, this::next);
        }

        private synchronized int next(Object value) {
            if (values.size() == limit) {
                throw new IllegalStateException("Too many different values to count: " + limit);
            }
            values.add(value);
            return values.size() - 1;
        }

        synchronized Object get(int number) {
            return values.get(number);
        }
    }
}
