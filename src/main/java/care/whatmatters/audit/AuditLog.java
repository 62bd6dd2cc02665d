package care.whatmatters.audit;

import care.whatmatters.shared.Ids;
import care.whatmatters.shared.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes and reads the append-only audit log. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        // Committed on its own, whatever later happens to the request that caused it.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public AuditEntry record(PersonId personId, AuditEntry.Actor actor, AuditAction action, String resource,
            boolean allowed, AccessBasis basis, String reason) {
        AuditEntry entry = new AuditEntry(Ids.newId(), clock.instant(), personId, actor, action, resource,
                allowed, basis, reason);
        ownTransaction.executeWithoutResult(status -> {
            // The entry's own commit does not wait for its WAL flush: a write's entry is made durable by the
            // write's own (synchronous) commit, which flushes the log up to and past it; a read's entry could
            // only be lost if the database server itself crashed within a fraction of a second (an application
            // crash loses nothing). One disk flush per request instead of two; see docs/operations.md.
            jdbc.sql("set local synchronous_commit to off").update();
            insert(entry);
        });
        return entry;
    }

    private void insert(AuditEntry e) {
        jdbc.sql("""
                insert into audit_event (id, occurred_at, person_id, actor_account, actor_username, actor_name,
                  actor_role, action, resource, outcome, basis, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), Timestamp.from(e.occurredAt()), e.personId() == null ? null : e.personId().value(),
                        e.actor().accountId(), e.actor().username(), e.actor().name(), e.actor().role(),
                        e.action().name(), e.resource(), e.allowed() ? "ALLOWED" : "DENIED", e.basis().name(),
                        e.reason())
                .update();
    }

    /** The most recent entries about one person, newest first. */
    public List<AuditEntry> about(PersonId personId, int limit) {
        return jdbc.sql("""
                select id, occurred_at, person_id, actor_account, actor_username, actor_name, actor_role, action,
                  resource, outcome, basis, reason
                from audit_event where person_id = ? order by occurred_at desc limit ?""")
                .params(personId.value(), limit)
                .query((rs, n) -> entry(rs, personId))
                .list();
    }

    /** Whom an entry is about, for a reader who knows only its id (reading it needs the access check). */
    public java.util.Optional<PersonId> personOf(java.util.UUID id) {
        return jdbc.sql("select person_id from audit_event where id = ?").param(id).query(java.util.UUID.class)
                .optional().map(PersonId::new);
    }

    /** One entry about a person, by its id. */
    public java.util.Optional<AuditEntry> find(PersonId personId, java.util.UUID id) {
        return jdbc.sql("""
                select id, occurred_at, person_id, actor_account, actor_username, actor_name, actor_role, action,
                  resource, outcome, basis, reason
                from audit_event where person_id = ? and id = ?""")
                .params(personId.value(), id)
                .query((rs, n) -> entry(rs, personId))
                .optional();
    }

    private static AuditEntry entry(java.sql.ResultSet rs, PersonId personId) throws java.sql.SQLException {
        return new AuditEntry(
                rs.getObject("id", java.util.UUID.class),
                rs.getTimestamp("occurred_at").toInstant(),
                personId,
                new AuditEntry.Actor(rs.getObject("actor_account", java.util.UUID.class),
                        rs.getString("actor_username"), rs.getString("actor_name"),
                        rs.getString("actor_role")),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("resource"),
                "ALLOWED".equals(rs.getString("outcome")),
                AccessBasis.valueOf(rs.getString("basis")),
                rs.getString("reason"));
    }
}
