package care.whatmatters.audit;

import care.whatmatters.shared.Ids;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.SqlCondition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Writes and reads the append-only audit log. */
@Service
public class AuditLog {

    /**
     * One statement, committed on its own: {@code set_config(..., true)} turns off the wait for the WAL flush for
     * this statement's own (implicit) transaction only. A write's entry is made durable by the write's own
     * synchronous commit, which flushes the log up to and past it; a read's entry could only be lost if the
     * database server itself crashed within a fraction of a second (an application crash loses nothing). One
     * round trip and no disk flush per entry; see docs/operations.md. The same statement puts the entry on the
     * sealer's queue ({@code audit_unsealed}), so no entry can be written without being sealed later.
     */
    private static String insertWhere(String condition) {
        return """
                with no_flush_wait as (select set_config('synchronous_commit', 'off', true)),
                entry as (
                  insert into audit_event (id, occurred_at, person_id, actor_account, actor_username, actor_name,
                    actor_role, action, resource, outcome, basis, reason)
                  select ?::uuid, ?::timestamptz, ?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ? from no_flush_wait"""
                + condition + """

                  returning id)
                insert into audit_unsealed (entry_id) select id from entry""";
    }

    /** Every entry that has no condition (most of them): built once, not on each write. */
    private static final String INSERT = insertWhere("");

    /** The entry's values, as {@link #INSERT} binds them: the parameters of a condition come after them. */
    private static final int ENTRY_PARAMETERS = 12;

    private final JdbcClient jdbc;
    private final AuditConnections connections;
    private final SQLExceptionTranslator errors = new SQLExceptionSubclassTranslator();
    private final Clock clock;

    AuditLog(JdbcClient jdbc, AuditConnections connections, Clock clock) {
        this.jdbc = jdbc;
        this.connections = connections;
        this.clock = clock;
    }

    public AuditEntry record(PersonId personId, AuditEntry.Actor actor, AuditAction action, String resource,
            boolean allowed, AccessBasis basis, String reason) {
        AuditEntry entry = new AuditEntry(Ids.newId(), clock.instant(), personId, actor, action, resource,
                allowed, basis, reason);
        insert(entry);
        return entry;
    }

    /**
     * Records an allowed access only if {@code grounds} holds when the entry is written, deciding and auditing
     * in one statement; answers whether it held (and so whether the entry was written). When it does not, nothing
     * is written: the caller goes on to its full decision, which records the outcome, allowed or refused.
     */
    public boolean recordIf(SqlCondition grounds, PersonId personId, AuditEntry.Actor actor, AuditAction action,
            String resource, AccessBasis basis) {
        AuditEntry entry = new AuditEntry(Ids.newId(), clock.instant(), personId, actor, action, resource,
                true, basis, null);
        return insert(entry, insertWhere(" where " + grounds.sql()), grounds.parameters()) == 1;
    }

    private void insert(AuditEntry e) {
        insert(e, INSERT, List.of());
    }

    /**
     * Committed on its own, whatever later happens to the request that caused it: a connection from the audit
     * log's own pool ({@link AuditConnections}) in auto-commit, never the request's transaction (a refused
     * change is rolled back; its refusal is not).
     */
    private int insert(AuditEntry e, String sql, List<Object> conditionParameters) {
        try (Connection connection = connections.get();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            insert.setObject(1, e.id());
            insert.setTimestamp(2, Timestamp.from(e.occurredAt()));
            insert.setObject(3, e.personId() == null ? null : e.personId().value());
            insert.setObject(4, e.actor().accountId());
            insert.setString(5, e.actor().username());
            insert.setString(6, e.actor().name());
            insert.setString(7, e.actor().role());
            insert.setString(8, e.action().name());
            insert.setString(9, e.resource());
            insert.setString(10, e.allowed() ? "ALLOWED" : "DENIED");
            insert.setString(11, e.basis().name());
            insert.setString(12, e.reason());
            for (int i = 0; i < conditionParameters.size(); i++) {
                insert.setObject(ENTRY_PARAMETERS + 1 + i, conditionParameters.get(i));
            }
            return insert.executeUpdate();
        } catch (SQLException failed) {
            // No personal data in the message: the statement text only, never the values.
            var translated = errors.translate("recording an audit entry", sql, failed);
            throw translated != null ? translated
                    : new org.springframework.jdbc.UncategorizedSQLException("recording an audit entry", sql, failed);
        }
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
