package care.whatmatters.population;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.postgresql.copy.CopyManager;

/**
 * The dashboard's counts for the facts a load writes, folded in memory and added to {@code report_count} in
 * the same transaction as the facts, which are written already aggregated. Folding ten million facts one
 * batch at a time through the reporting aggregator would take hours; this takes seconds. It follows the
 * aggregator's rule exactly ({@code ReportAggregator.contributions}): each fact adds one person to the
 * overall cell and to one cell per equity group, in the nation and in every area the fact names.
 */
final class CountFold {

    /** One cell of report_count; a record, so folding builds no strings. */
    private record Cell(String periodKind, Object periodStart, String level, String code, String measure,
            String detail, String dimension, String value) {
    }

    private final Map<Cell, long[]> cells = new HashMap<>();

    /** @param areas area level and code pairs, the nation's included; @param groups dimension and value pairs */
    void add(String periodKind, Object periodStart, String measure, String detail, String[][] areas, String[][] groups) {
        for (String[] area : areas) {
            cell(periodKind, periodStart, area, measure, detail, "ALL", "ALL");
            for (String[] group : groups) {
                cell(periodKind, periodStart, area, measure, detail, group[0], group[1]);
            }
        }
    }

    private void cell(String periodKind, Object periodStart, String[] area, String measure, String detail,
            String dimension, String value) {
        cells.computeIfAbsent(new Cell(periodKind, periodStart, area[0], area[1], measure, detail, dimension, value),
                k -> new long[1])[0]++;
    }

    void addAll(CountFold other) {
        other.cells.forEach((key, people) -> cells.computeIfAbsent(key, k -> new long[1])[0] += people[0]);
    }

    int size() {
        return cells.size();
    }

    /** Adds the folded counts to report_count and starts again (inside the caller's transaction). */
    void flush(Connection connection, CopyManager copy) throws SQLException, IOException {
        if (cells.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table if not exists population_count "
                    + "(like report_count including defaults) on commit delete rows");
            StringBuilder rows = new StringBuilder(cells.size() * 80);
            cells.forEach((c, people) -> rows.append(String.join("\t", c.periodKind(), c.periodStart().toString(),
                    c.level(), escape(c.code()), escape(c.measure()), escape(c.detail()), c.dimension(),
                    escape(c.value()))).append('\t').append(people[0]).append('\n'));
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

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}
