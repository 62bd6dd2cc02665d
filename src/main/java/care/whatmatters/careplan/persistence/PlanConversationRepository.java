package care.whatmatters.careplan.persistence;

import care.whatmatters.careplan.domain.GoalProposal;
import care.whatmatters.careplan.domain.PlanComment;
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

/** Comments on the plan and the goals the person proposes: the person's side of co-authoring it. */
@Repository
public class PlanConversationRepository {

    private final JdbcClient jdbc;

    PlanConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID plan, PersonId person, PlanComment c) {
        jdbc.sql("""
                insert into plan_comment (id, plan_id, person_id, text, author, author_role, by_person, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), plan, person.value(), c.text(), c.author(), c.authorRole(), c.byPerson(),
                        Timestamp.from(c.at()))
                .update();
    }

    private static final String COMMENTS = """
            select id, text, author, author_role, by_person, created_at from plan_comment
            where person_id = ? and plan_id = ? order by created_at""";
    private static final String PROPOSALS =
            "select * from goal_proposal where person_id = ? and plan_id = ? order by proposed_at";

    public List<PlanComment> comments(UUID plan, PersonId person) {
        return jdbc.sql(COMMENTS).params(person.value(), plan).query(PlanConversationRepository::comment).list();
    }

    /** As {@link #comments}, as a query to send with others (the whole record). */
    public Query<List<PlanComment>> commentsQuery(UUID plan, PersonId person) {
        return Query.list(COMMENTS, PlanConversationRepository::comment, person.value(), plan);
    }

    /** As {@link #proposals}, as a query to send with others (the whole record). */
    public Query<List<GoalProposal>> proposalsQuery(UUID plan, PersonId person) {
        return Query.list(PROPOSALS, PlanConversationRepository::proposal, person.value(), plan);
    }

    private static PlanComment comment(ResultSet rs, int row) throws SQLException {
        return new PlanComment(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("author"),
                rs.getString("author_role"), rs.getBoolean("by_person"), rs.getTimestamp("created_at").toInstant());
    }

    public void insert(UUID plan, PersonId person, GoalProposal p) {
        jdbc.sql("""
                insert into goal_proposal (id, plan_id, person_id, text, proposed_by, proposed_at, status)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id(), plan, person.value(), p.text(), p.proposedBy(), Timestamp.from(p.proposedAt()),
                        p.status().name())
                .update();
    }

    /** Records the answer to an open proposal; answers false when it was already answered. */
    public boolean answer(PersonId person, GoalProposal p) {
        return jdbc.sql("""
                update goal_proposal set status = ?, response = ?, responded_by = ?, responded_at = ?, goal_id = ?
                where id = ? and person_id = ? and status = 'OPEN'""")
                .params(p.status().name(), p.response(), p.respondedBy(), Timestamp.from(p.respondedAt()),
                        p.goalId(), p.id(), person.value())
                .update() == 1;
    }

    public List<GoalProposal> proposals(UUID plan, PersonId person) {
        return jdbc.sql(PROPOSALS).params(person.value(), plan).query(PlanConversationRepository::proposal).list();
    }

    public Optional<GoalProposal> proposal(PersonId person, UUID id) {
        return jdbc.sql("select * from goal_proposal where person_id = ? and id = ?")
                .params(person.value(), id).query(PlanConversationRepository::proposal).optional();
    }

    private static GoalProposal proposal(ResultSet rs, int row) throws SQLException {
        Timestamp responded = rs.getTimestamp("responded_at");
        return new GoalProposal(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(), GoalProposal.Status.valueOf(rs.getString("status")),
                rs.getString("response"), rs.getString("responded_by"),
                responded == null ? null : responded.toInstant(), rs.getObject("goal_id", UUID.class));
    }
}
