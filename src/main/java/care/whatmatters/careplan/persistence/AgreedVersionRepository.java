package care.whatmatters.careplan.persistence;

import care.whatmatters.careplan.domain.AgreedVersion;
import care.whatmatters.careplan.domain.Agreement;
import care.whatmatters.careplan.domain.PlanContent;
import care.whatmatters.query.Query;
import care.whatmatters.shared.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agreed versions, each frozen as a JSON snapshot of the plan's content at the moment it was agreed: the
 * live rows move on, the snapshot never does.
 */
@Repository
public class AgreedVersionRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AgreedVersionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(UUID plan, PersonId person, AgreedVersion v) {
        Agreement a = v.agreement();
        jdbc.sql("""
                insert into care_plan_version (plan_id, person_id, version_number, agreed_at, recorded_by,
                  recorded_by_role, person_agreed, participants, snapshot)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(plan, person.value(), v.number(), Timestamp.from(a.at()), a.recordedBy(), a.recordedByRole(),
                        a.personAgreed(), a.participants(), json.writeValueAsString(v.content()))
                .update();
    }

    private static final String ALL =
            "select * from care_plan_version where person_id = ? and plan_id = ? order by version_number";

    public List<AgreedVersion> all(UUID plan, PersonId person) {
        return jdbc.sql(ALL).params(person.value(), plan).query(this::version).list();
    }

    /** As {@link #all}, as a query to send with others (the whole record). */
    public Query<List<AgreedVersion>> allQuery(UUID plan, PersonId person) {
        return Query.list(ALL, this::version, person.value(), plan);
    }

    public Optional<AgreedVersion> find(UUID plan, PersonId person, int number) {
        return jdbc.sql("select * from care_plan_version where person_id = ? and plan_id = ? and version_number = ?")
                .params(person.value(), plan, number).query(this::version).optional();
    }

    private AgreedVersion version(ResultSet rs, int row) throws SQLException {
        Agreement agreement = new Agreement(rs.getTimestamp("agreed_at").toInstant(), rs.getString("recorded_by"),
                rs.getString("recorded_by_role"), rs.getBoolean("person_agreed"), rs.getString("participants"));
        PlanContent content = json.readValue(rs.getString("snapshot"), PlanContent.class);
        return new AgreedVersion(rs.getInt("version_number"), agreement, content);
    }
}
