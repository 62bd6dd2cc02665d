package care.whatmatters.selfmanagement.persistence;

import care.whatmatters.query.Query;
import care.whatmatters.selfmanagement.domain.Activation;
import care.whatmatters.selfmanagement.domain.SupportSession;
import care.whatmatters.selfmanagement.SelfManagementRecords;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Activation measures and support sessions, append-only. */
@Repository
public class SelfManagementRepository {

    private final JdbcClient jdbc;

    SelfManagementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Activation a) {
        jdbc.sql("""
                insert into activation_measure (id, person_id, score, level, measured_on, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.person().value(), a.score(), a.level(), a.measuredOn(),
                        Timestamp.from(a.recorded().at()), a.recorded().by())
                .update();
    }

    private static final String ACTIVATIONS = """
            select id, score, level, measured_on, recorded_at, recorded_by from activation_measure
            where person_id = ? order by measured_on desc, recorded_at desc""";
    private static final String SESSIONS = """
            select id, kind, held_on, facilitator, notes, goal_ids, recorded_at, recorded_by from support_session
            where person_id = ? order by held_on desc, recorded_at desc""";

    /** The person's activation measures and support sessions, as one query of two statements. */
    public Query<SelfManagementRecords> recordedQuery(PersonId person) {
        return Query.of(List.of(ACTIVATIONS, SESSIONS), List.of(person.value(), person.value()),
                results -> new SelfManagementRecords(results.next((rs, n) -> activation(rs, person)),
                        results.next((rs, n) -> session(rs, person))));
    }

    private static Activation activation(ResultSet rs, PersonId person) throws SQLException {
        return new Activation(rs.getObject("id", UUID.class), person, rs.getBigDecimal("score"),
                rs.getInt("level"), rs.getObject("measured_on", LocalDate.class), stamp(rs));
    }

    public void insert(SupportSession s) {
        jdbc.sql("""
                insert into support_session (id, person_id, kind, held_on, facilitator, notes, goal_ids, recorded_at,
                  recorded_by) values (?, ?, ?, ?, ?, ?, cast(? as uuid[]), ?, ?)""")
                .params(s.id(), s.person().value(), s.kind().name(), s.heldOn(), s.facilitator(), s.notes(),
                        "{" + String.join(",", s.goals().stream().map(UUID::toString).toList()) + "}",
                        Timestamp.from(s.recorded().at()), s.recorded().by())
                .update();
    }

    private static SupportSession session(ResultSet rs, PersonId person) throws SQLException {
        return new SupportSession(rs.getObject("id", UUID.class), person,
                SupportSession.Kind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
                rs.getString("facilitator"), rs.getString("notes"), goals(rs.getArray("goal_ids")), stamp(rs));
    }

    private static List<UUID> goals(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).toList();
    }

    private static Stamp stamp(ResultSet rs) throws SQLException {
        return new Stamp(rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
