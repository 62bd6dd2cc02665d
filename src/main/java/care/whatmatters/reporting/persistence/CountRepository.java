package care.whatmatters.reporting.persistence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The counts the dashboard reads: adjusted in batches by the aggregator, read by period and area. */
@Repository
public class CountRepository {

    private static final Comparator<String> NULLS = Comparator.nullsFirst(Comparator.naturalOrder());

    private final JdbcTemplate jdbc;

    CountRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One cell of the counts: which period, area, measure and equity group. */
    public record Key(String periodKind, LocalDate periodStart, String areaLevel, String areaCode, String measure,
            String detail, String dimension, String dimensionValue) {
    }

    public record Row(String measure, String detail, String dimension, String dimensionValue, long people) {
    }

    /**
     * One fixed order for writing cells, whatever order the changes came in: two folds at once (the scheduled
     * one and one asked for, or two nodes) then lock the cells they share in the same order and cannot deadlock.
     */
    static final Comparator<Key> LOCK_ORDER = Comparator.comparing(Key::periodKind, NULLS)
            .thenComparing(Key::periodStart, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Key::areaLevel, NULLS).thenComparing(Key::areaCode, NULLS)
            .thenComparing(Key::measure, NULLS).thenComparing(Key::detail, NULLS)
            .thenComparing(Key::dimension, NULLS).thenComparing(Key::dimensionValue, NULLS);

    static List<Map.Entry<Key, Long>> inLockOrder(Map<Key, Long> changes) {
        return changes.entrySet().stream().sorted(Map.Entry.comparingByKey(LOCK_ORDER)).toList();
    }

    /** The advisory lock that lets one fold at a time write counts ("RPTCNT"). */
    static final long FOLDING_LOCK = 0x525054434e54L;

    /**
     * Waits until no other fold (the scheduled one, one asked for, another node's) is writing counts, and holds
     * the turn until this transaction ends. {@link #LOCK_ORDER} alone is not enough: a fold writes its cells
     * batch by batch, each batch in order, so two folds of several batches could still take shared cells in
     * opposite orders and deadlock (CI saw it once).
     */
    public void takeFoldingTurn() {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, FOLDING_LOCK);
    }

    /** Adds each change (which may be negative) to its cell, in {@link #LOCK_ORDER}. */
    public void add(Map<Key, Long> changes) {
        jdbc.batchUpdate("""
                insert into report_count (period_kind, period_start, area_level, area_code, measure, detail, dimension,
                  dimension_value, people)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (period_kind, period_start, area_level, area_code, measure, detail, dimension,
                  dimension_value) do update set people = report_count.people + excluded.people""",
                inLockOrder(changes), 1000, (ps, e) -> {
                    Key k = e.getKey();
                    ps.setString(1, k.periodKind());
                    ps.setObject(2, k.periodStart());
                    ps.setString(3, k.areaLevel());
                    ps.setString(4, k.areaCode());
                    ps.setString(5, k.measure());
                    ps.setString(6, k.detail());
                    ps.setString(7, k.dimension());
                    ps.setString(8, k.dimensionValue());
                    ps.setLong(9, e.getValue());
                });
    }

    /**
     * Which version of the counts is committed now (V074: every transaction that writes counts adds one), or
     * null if the row that holds it is missing, in which case nothing may be reused.
     */
    public Long generation() {
        return jdbc.query("select generation from report_count_generation where singleton",
                rs -> rs.next() ? rs.getLong(1) : null);
    }

    /** Every count for one period and area: a few thousand rows at most, read by primary key prefix. */
    public List<Row> forArea(String periodKind, LocalDate periodStart, String areaLevel, String areaCode) {
        return jdbc.query("""
                select measure, detail, dimension, dimension_value, people from report_count
                where period_kind = ? and period_start = ? and area_level = ? and area_code = ?""",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)),
                periodKind, periodStart, areaLevel, areaCode);
    }

    /**
     * The overall count of every measure per period start, for the measures' time series: one statement for all
     * of them (one per measure made the dashboard fourteen round trips).
     */
    public Map<String, Map<LocalDate, Long>> series(String periodKind, LocalDate from, LocalDate to,
            String areaLevel, String areaCode) {
        Map<String, Map<LocalDate, Long>> series = new java.util.HashMap<>();
        jdbc.query("""
                select measure, period_start, sum(people) from report_count
                where period_kind = ? and period_start between ? and ? and area_level = ? and area_code = ?
                  and dimension = 'ALL'
                group by measure, period_start""", rs -> {
                    series.computeIfAbsent(rs.getString(1), m -> new java.util.TreeMap<>())
                            .put(rs.getObject(2, LocalDate.class), rs.getLong(3));
                }, periodKind, from, to, areaLevel, areaCode);
        return series;
    }

    /** The areas that have counts at a level, for the area filter. */
    public List<String> areaCodes(String areaLevel) {
        return jdbc.queryForList("select distinct area_code from report_count where area_level = ? order by 1",
                String.class, areaLevel);
    }
}
