package care.whatmatters.budget.persistence;

import static care.whatmatters.budget.persistence.Rows.pence;
import static care.whatmatters.budget.persistence.Rows.ts;

import care.whatmatters.budget.domain.ApprovalRequest;
import care.whatmatters.budget.domain.Decision;
import care.whatmatters.budget.domain.DecisionOutcome;
import care.whatmatters.budget.domain.DecisionReason;
import care.whatmatters.budget.domain.RequestKind;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The approval queue's requests and their decisions. A decision is written once, onto a request not yet decided. */
@Repository
public class ApprovalRepository {

    private final JdbcClient jdbc;

    ApprovalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ApprovalRequest r) {
        jdbc.sql("""
                insert into budget_approval_request (id, budget_id, person_id, kind, asked_on, due_on, note, line_id,
                  amount_pence, reconsiders_id, submitted_at, submitted_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.budgetId(), r.person().value(), r.kind().name(), r.askedOn(), r.dueOn(), r.note(),
                        r.lineId(), pence(r.amount()), r.reconsiders(), ts(r.submitted().at()), r.submitted().by())
                .update();
    }

    /** Records the decision; refused if someone decided the request first. */
    public void decide(ApprovalRequest r) {
        Decision d = r.decision();
        int updated = jdbc.sql("""
                update budget_approval_request set outcome = ?, reason_code = ?, explanation = ?, decided_at = ?,
                  decided_by = ? where id = ? and person_id = ? and outcome is null""")
                .params(d.outcome().name(), d.reason().name(), d.explanation(), ts(d.decided().at()), d.decided().by(),
                        r.id(), r.person().value()).update();
        if (updated == 0) {
            throw new ConflictException("This request was decided by someone else a moment ago.");
        }
        d.amounts().forEach((line, amount) -> jdbc.sql("""
                insert into budget_approval_line_change (request_id, line_id, person_id, approved_pence)
                values (?, ?, ?, ?)""").params(r.id(), line, r.person().value(), amount.pence()).update());
    }

    public List<ApprovalRequest> of(PersonId person, UUID budget) {
        return jdbc.sql("""
                select * from budget_approval_request where person_id = ? and budget_id = ? order by submitted_at""")
                .params(person.value(), budget).query(this::request).list();
    }

    public Optional<ApprovalRequest> find(UUID id) {
        return jdbc.sql("select * from budget_approval_request where id = ?").param(id).query(this::request).optional();
    }

    /** Every request not yet decided on a budget still in use, the one due soonest first. */
    public List<ApprovalRequest> pending() {
        return jdbc.sql("""
                select r.* from budget_approval_request r join budget b on b.id = r.budget_id
                where r.outcome is null and b.status <> 'STOPPED' order by r.due_on, r.submitted_at""")
                .query(this::request).list();
    }

    private ApprovalRequest request(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        PersonId person = new PersonId(rs.getObject("person_id", UUID.class));
        return new ApprovalRequest(id, rs.getObject("budget_id", UUID.class), person,
                RequestKind.valueOf(rs.getString("kind")), rs.getObject("asked_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getString("note"), rs.getObject("line_id", UUID.class),
                Rows.money(rs, "amount_pence"), rs.getObject("reconsiders_id", UUID.class), Rows.stamp(rs, "submitted"),
                decision(rs, person, id));
    }

    private Decision decision(ResultSet rs, PersonId person, UUID request) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        if (decidedAt == null) {
            return null;
        }
        Map<UUID, Money> amounts = jdbc.sql("""
                select line_id, approved_pence from budget_approval_line_change where person_id = ? and request_id = ?""")
                .params(person.value(), request)
                .query((r, n) -> Map.entry(r.getObject("line_id", UUID.class), Money.ofPence(r.getLong("approved_pence"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Decision(DecisionOutcome.valueOf(rs.getString("outcome")),
                DecisionReason.valueOf(rs.getString("reason_code")), rs.getString("explanation"), amounts,
                new Stamp(rs.getString("decided_by"), decidedAt.toInstant()));
    }
}
