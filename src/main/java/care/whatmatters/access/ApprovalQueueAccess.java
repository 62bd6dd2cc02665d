package care.whatmatters.access;

import care.whatmatters.shared.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one narrow way a budget approver reaches personal data: while a budget request about a person waits
 * in the approval queue, approvers may read the budget parts of that person's record and decide the request
 * (through {@link RecordAccess#readBudget} and {@link RecordAccess#changeBudget}, audited like every other
 * access). Nothing else of the record opens to them, and the access ends when the request is decided.
 * The budget module opens an entry when it files a request and closes it with the decision, in the same
 * transaction.
 */
@Service
public class ApprovalQueueAccess {

    private final JdbcClient jdbc;
    private final Clock clock;

    ApprovalQueueAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void open(PersonId person, UUID request) {
        jdbc.sql("insert into approval_queue_access (request_id, person_id, opened_at) values (?, ?, ?)")
                .params(request, person.value(), Timestamp.from(clock.instant())).update();
    }

    public void close(UUID request) {
        jdbc.sql("update approval_queue_access set closed_at = ? where request_id = ? and closed_at is null")
                .params(Timestamp.from(clock.instant()), request).update();
    }

    /** Refuses anyone who is not a budget approver: only they have an approval queue. */
    public void requireApprover(Actor actor) {
        if (actor.role() != Role.BUDGET_APPROVER) {
            throw new RecordAccessDeniedException("Only budget approvers have an approval queue.", false);
        }
    }

    boolean openFor(PersonId person) {
        return jdbc.sql("select exists (select 1 from approval_queue_access where person_id = ? and closed_at is null)")
                .param(person.value()).query(Boolean.class).single();
    }
}
