package care.whatmatters.decision.persistence;

import care.whatmatters.decision.domain.DecisionDraft;
import care.whatmatters.decision.domain.DecisionFlag;
import care.whatmatters.decision.domain.DecisionOption;
import care.whatmatters.decision.domain.SharedDecision;
import care.whatmatters.query.Query;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Loads and saves shared decisions; a save names the version it started from. */
@Repository
public class SharedDecisionRepository {

    private static final TypeReference<List<DecisionOption>> OPTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SharedDecisionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param service the organisation holding the conversation, whose collaboRATE score it counts towards */
    public void insert(SharedDecision d, String service) {
        jdbc.sql("""
                insert into shared_decision (id, person_id, question, what_matters_most, options, aids_used,
                  participants, status, version, created_at, created_by, service)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.person().value(), d.draft().question(), d.draft().whatMattersMost(),
                        json.writeValueAsString(d.draft().options()), d.draft().aidsUsed(), d.draft().participants(),
                        d.status().name(), d.version(), ts(d.created().at()), d.created().by(), service)
                .update();
    }

    public String service(PersonId person, UUID id) {
        return jdbc.sql("select service from shared_decision where person_id = ? and id = ?")
                .params(person.value(), id).query(String.class).optional().orElse(null);
    }

    /** Saves the decision made, the flag and the plan link; answers the decision at its new version. */
    public SharedDecision save(SharedDecision d) {
        DecisionFlag f = d.flag();
        int saved = jdbc.sql("""
                update shared_decision set status = ?, chosen_option = ?, reasons = ?, decided_at = ?, decided_by = ?,
                  flag_words = ?, flag_raised_by = ?, flag_raised_at = ?, flag_response = ?, flag_answered_by = ?,
                  flag_answered_at = ?, plan_action_id = ?, version = version + 1
                where person_id = ? and id = ? and version = ?""")
                .params(d.status().name(), d.chosenOption(), d.reasons(), d.decided() == null ? null : ts(d.decided().at()),
                        d.decided() == null ? null : d.decided().by(), f == null ? null : f.words(),
                        f == null ? null : f.raisedBy(), f == null ? null : ts(f.raisedAt()),
                        f == null ? null : f.response(), f == null ? null : f.answeredBy(),
                        f == null ? null : ts(f.answeredAt()), d.planAction(), d.person().value(), d.id(), d.version())
                .update();
        if (saved == 0) {
            throw new StaleVersionException("This decision", d.version(), d.version() + 1);
        }
        return find(d.person(), d.id()).orElseThrow();
    }

    private static final String ALL = "select * from shared_decision where person_id = ? order by created_at desc";

    public List<SharedDecision> all(PersonId person) {
        return jdbc.sql(ALL).param(person.value()).query(this::decision).list();
    }

    /** As {@link #all}, as a query to send with others (the whole record). */
    public Query<List<SharedDecision>> allQuery(PersonId person) {
        return Query.list(ALL, this::decision, person.value());
    }

    public Optional<SharedDecision> find(PersonId person, UUID id) {
        return jdbc.sql("select * from shared_decision where person_id = ? and id = ?")
                .params(person.value(), id).query(this::decision).optional();
    }

    private SharedDecision decision(ResultSet rs, int row) throws SQLException {
        DecisionDraft draft = new DecisionDraft(rs.getString("question"), rs.getString("what_matters_most"),
                json.readValue(rs.getString("options"), OPTIONS), rs.getString("aids_used"), rs.getString("participants"));
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        DecisionFlag flag = rs.getString("flag_words") == null ? null : new DecisionFlag(rs.getString("flag_words"),
                rs.getString("flag_raised_by"), instant(rs, "flag_raised_at"), rs.getString("flag_response"),
                rs.getString("flag_answered_by"), instant(rs, "flag_answered_at"));
        return new SharedDecision(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                draft, SharedDecision.Status.valueOf(rs.getString("status")), rs.getObject("chosen_option", UUID.class),
                rs.getString("reasons"), decidedAt == null ? null : new Stamp(rs.getString("decided_by"),
                        decidedAt.toInstant()), flag, rs.getObject("plan_action_id", UUID.class),
                new Stamp(rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
