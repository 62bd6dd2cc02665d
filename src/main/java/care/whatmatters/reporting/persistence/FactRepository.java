package care.whatmatters.reporting.persistence;

import care.whatmatters.reporting.domain.AreaLevel;
import care.whatmatters.reporting.domain.Dimension;
import care.whatmatters.shared.PersonId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Facts: written with the change they count, folded into counts later, taken back out if retracted. */
@Repository
public class FactRepository {

    private static final Map<Dimension, String> GROUP_COLUMNS = Map.of(Dimension.DEPRIVATION, "deprivation_decile",
            Dimension.ETHNICITY, "ethnic_group", Dimension.AGE_BAND, "age_band", Dimension.SEX, "sex",
            Dimension.DISABILITY, "disability", Dimension.DIGITAL, "digital");
    private static final Map<AreaLevel, String> AREA_COLUMNS = Map.of(AreaLevel.DISTRICT, "district",
            AreaLevel.PLACE, "place", AreaLevel.ICS, "ics", AreaLevel.ORGANISATION, "organisation_id");

    private static final String INSERT = """
            insert into report_fact (person_id, measure, detail, period_kind, period_start, occurred_on,
              organisation_id, district, place, ics, deprivation_decile, ethnic_group, age_band, sex, disability,
              digital, data_opt_out)
            values %s
            on conflict (person_id, measure, detail, period_kind, period_start) do nothing""";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int COLUMNS = 17;

    private final JdbcTemplate jdbc;

    FactRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the facts that are new; a person already counted for a measure in a period is not counted again. */
    public void insertNew(List<Fact> facts) {
        jdbc.batchUpdate(INSERT.formatted(ROW), facts, 500, (ps, f) -> bind(ps, 0, f));
    }

    /**
     * A newly registered person's reporting projection and their first facts, sent as one multi-statement round
     * trip: registering is the busiest write, and these two statements need nothing from each other's answer.
     */
    public void insertNewWithPerson(PersonId person, ReportPerson who, List<Fact> facts) {
        String sql = facts.isEmpty() ? ReportPeopleRepository.SAVE : ReportPeopleRepository.SAVE + ";\n"
                + INSERT.formatted(String.join(", ", Collections.nCopies(facts.size(), ROW)));
        jdbc.execute(sql, (PreparedStatement ps) -> {
            int next = ReportPeopleRepository.bind(ps, person, who);
            for (Fact f : facts) {
                bind(ps, next, f);
                next += COLUMNS;
            }
            ps.execute();
            return null;
        });
    }

    private static void bind(PreparedStatement ps, int offset, Fact f) throws SQLException {
        ps.setObject(offset + 1, f.person());
        ps.setString(offset + 2, f.measure());
        ps.setString(offset + 3, f.detail());
        ps.setString(offset + 4, f.periodKind());
        ps.setObject(offset + 5, f.periodStart());
        ps.setObject(offset + 6, f.occurredOn());
        String organisation = f.areas().get(AreaLevel.ORGANISATION);
        ps.setObject(offset + 7, organisation == null ? null : UUID.fromString(organisation));
        ps.setString(offset + 8, f.areas().get(AreaLevel.DISTRICT));
        ps.setString(offset + 9, f.areas().get(AreaLevel.PLACE));
        ps.setString(offset + 10, f.areas().get(AreaLevel.ICS));
        String decile = f.groups().get(Dimension.DEPRIVATION);
        ps.setObject(offset + 11, decile == null || !decile.chars().allMatch(Character::isDigit) ? null
                : Short.valueOf(decile));
        ps.setString(offset + 12, f.groups().get(Dimension.ETHNICITY));
        ps.setString(offset + 13, f.groups().get(Dimension.AGE_BAND));
        ps.setString(offset + 14, f.groups().get(Dimension.SEX));
        ps.setString(offset + 15, f.groups().get(Dimension.DISABILITY));
        ps.setString(offset + 16, f.groups().get(Dimension.DIGITAL));
        ps.setBoolean(offset + 17, f.dataOptOut());
    }

    /** Facts not yet folded into the counts, oldest first, locked so that only one aggregator takes them. */
    public List<Long> pendingIds(int limit) {
        return jdbc.queryForList("select id from report_fact where not aggregated order by id limit ? "
                + "for update skip locked", Long.class, limit);
    }

    public List<Fact> byIds(List<Long> ids) {
        return jdbc.query("select * from report_fact where id = any(?)", FactRepository::fact,
                (Object) ids.toArray(Long[]::new));
    }

    public void markAggregated(List<Long> ids) {
        jdbc.update("update report_fact set aggregated = true where id = any(?)", (Object) ids.toArray(Long[]::new));
    }

    /** The facts already counted for a person, to take back out of the counts. */
    public List<Fact> aggregatedOf(UUID person) {
        return jdbc.query("select * from report_fact where person_id = ? and aggregated", FactRepository::fact, person);
    }

    public void deleteAllOf(UUID person) {
        jdbc.update("delete from report_fact where person_id = ?", person);
    }

    private static Fact fact(ResultSet rs, int row) throws SQLException {
        Map<AreaLevel, String> areas = new EnumMap<>(AreaLevel.class);
        AREA_COLUMNS.forEach((level, column) -> {
            try {
                Object value = rs.getObject(column);
                if (value != null) {
                    areas.put(level, value.toString());
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Map<Dimension, String> groups = new EnumMap<>(Dimension.class);
        for (Map.Entry<Dimension, String> column : GROUP_COLUMNS.entrySet()) {
            Object value = rs.getObject(column.getValue());
            if (value != null) {
                groups.put(column.getKey(), value.toString());
            }
        }
        return new Fact(rs.getObject("person_id", UUID.class), rs.getString("measure"), rs.getString("detail"),
                rs.getString("period_kind"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("occurred_on", LocalDate.class), areas, groups, rs.getBoolean("data_opt_out"));
    }
}
