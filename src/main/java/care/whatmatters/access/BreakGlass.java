package care.whatmatters.access;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.audit.AuditLog;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Emergency access to a record outside any care relationship. A practitioner states why; access then lasts
 * for a limited time (configurable, an hour by default), every use of it is flagged in the audit log, and
 * the person sees it in their own access log.
 */
@Service
public class BreakGlass {

    static final int MINIMUM_REASON_LENGTH = 10;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration validFor;

    BreakGlass(JdbcClient jdbc, AuditLog audit, Clock clock,
            @Value("${whatmatters.access.break-glass-duration:PT1H}") Duration validFor) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** Opens emergency access for {@code validFor}; answers when it ends. */
    public Instant open(Actor actor, PersonId person, String reason) {
        new InputCheck().requiredText("reason", reason, 500)
                .that(reason == null || reason.strip().length() >= MINIMUM_REASON_LENGTH, "reason",
                        "must say why you need emergency access (at least " + MINIMUM_REASON_LENGTH + " characters)")
                .orThrow();
        if (!actor.isPractitioner()) {
            audit.record(person, actor.forAudit(), AuditAction.BREAK_GLASS, "record", false, AccessBasis.NONE, reason);
            throw new RecordAccessDeniedException("Only practitioners can use break-glass access.", false);
        }
        Instant now = clock.instant();
        Instant until = now.plus(validFor);
        jdbc.sql("""
                insert into break_glass_grant (id, person_id, account_id, reason, granted_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), person.value(), actor.accountId(), reason, Timestamp.from(now),
                        Timestamp.from(until))
                .update();
        audit.record(person, actor.forAudit(), AuditAction.BREAK_GLASS, "record", true, AccessBasis.BREAK_GLASS,
                reason);
        return until;
    }

    Optional<String> activeReason(Actor actor, PersonId person) {
        if (actor.accountId() == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select reason from break_glass_grant
                where person_id = ? and account_id = ? and expires_at > ? order by expires_at desc limit 1""")
                .params(person.value(), actor.accountId(), Timestamp.from(clock.instant()))
                .query(String.class).optional();
    }
}
