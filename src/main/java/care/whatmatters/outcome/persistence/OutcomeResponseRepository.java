package care.whatmatters.outcome.persistence;

import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.outcome.domain.OutcomeResponse;
import care.whatmatters.outcome.domain.Scoring;
import care.whatmatters.query.Queries;
import care.whatmatters.query.Query;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores responses with their answers and scores as JSON. Reading scores the answers again with the current
 * rules (pure and cheap), so a corrected rule applies to the whole history; the stored scores serve SQL
 * reporting.
 */
@Repository
public class OutcomeResponseRepository {

    private static final String COLUMNS = "id, person_id, measure, answered_on, answers, by_person, context_id, "
            + "recorded_at, recorded_by, voided_at, voided_by, void_reason";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Queries queries;

    OutcomeResponseRepository(JdbcClient jdbc, JsonMapper json, Queries queries) {
        this.jdbc = jdbc;
        this.json = json;
        this.queries = queries;
    }

    public void insert(OutcomeResponse r, String service) {
        jdbc.sql("""
                insert into outcome_response (id, person_id, measure, answered_on, answers, scores, by_person,
                  context_id, service, recorded_at, recorded_by)
                values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?)""")
                .params(r.id(), r.person().value(), r.measure().name(), r.answeredOn(),
                        json.writeValueAsString(r.answers()), json.writeValueAsString(r.scores()), r.byPerson(),
                        r.context(), service, Timestamp.from(r.recorded().at()), r.recorded().by())
                .update();
    }

    public List<OutcomeResponse> all(PersonId person) {
        return queries.one(allQuery(person));
    }

    /** As {@link #all}, as a query to send with others. */
    public Query<List<OutcomeResponse>> allQuery(PersonId person) {
        return Query.list("select " + COLUMNS + " from outcome_response where person_id = ? order by answered_on, recorded_at",
                this::response, person.value());
    }

    public Optional<OutcomeResponse> find(PersonId person, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from outcome_response where person_id = ? and id = ?")
                .params(person.value(), id).query(this::response).optional();
    }

    /** The live responses about any of these encounters, in one read (one decision's rating, or a record's). */
    public List<OutcomeResponse> forContexts(PersonId person, List<UUID> contexts) {
        return jdbc.sql("select " + COLUMNS + " from outcome_response where person_id = ? and context_id = any(?) "
                        + "and voided_at is null order by recorded_at")
                .params(person.value(), contexts.toArray(UUID[]::new)).query(this::response).list();
    }

    public boolean markVoided(PersonId person, UUID id, Voiding voiding) {
        return jdbc.sql("""
                update outcome_response set voided_at = ?, voided_by = ?, void_reason = ?
                where person_id = ? and id = ? and voided_at is null""")
                .params(Timestamp.from(voiding.at()), voiding.by(), voiding.reason(), person.value(), id)
                .update() == 1;
    }

    /** collaboRATE responses about one service's encounters: how many, and how many were top box. */
    public long[] collaborateCounts(String service) {
        return jdbc.sql("""
                select count(*) as responses,
                  count(*) filter (where (scores -> 'flags' ->> 'topBox')::boolean) as top_box
                from outcome_response where measure = 'COLLABORATE' and service = ? and voided_at is null""")
                .param(service)
                .query((rs, n) -> new long[] {rs.getLong("responses"), rs.getLong("top_box")}).single();
    }

    private OutcomeResponse response(ResultSet rs, int row) throws SQLException {
        Measure measure = Measure.valueOf(rs.getString("measure"));
        Answers answers = json.readValue(rs.getString("answers"), shape(measure));
        Timestamp voidedAt = rs.getTimestamp("voided_at");
        return new OutcomeResponse(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                measure, rs.getObject("answered_on", LocalDate.class), answers, Scoring.score(measure, answers),
                rs.getBoolean("by_person"), rs.getObject("context_id", UUID.class),
                new Stamp(rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()),
                voidedAt == null ? null : new Voiding(rs.getString("voided_by"), voidedAt.toInstant(),
                        rs.getString("void_reason")));
    }

    private static Class<? extends Answers> shape(Measure measure) {
        return switch (measure) {
            case GAS -> Answers.Goals.class;
            case COPM -> Answers.Problems.class;
            case EQ5D -> Answers.Eq5dScore.class;
            default -> Answers.Items.class;
        };
    }

    /** Whose response this is, for a reader who knows only its id (the access check comes after). */
    public Optional<PersonId> personOf(UUID id) {
        return jdbc.sql("select person_id from outcome_response where id = ?").param(id).query(UUID.class).optional()
                .map(PersonId::new);
    }
}
