package care.whatmatters.audit;

import care.whatmatters.shared.PersonId;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log.
 *
 * @param resource what was touched, in the record's own words ({@code record}, {@code plan},
 *                 {@code about-me} ...)
 * @param allowed  whether the access was allowed; refused attempts are logged too
 * @param reason   the reason the actor gave, for break-glass access
 */
public record AuditEntry(
        UUID id,
        Instant occurredAt,
        PersonId personId,
        Actor actor,
        AuditAction action,
        String resource,
        boolean allowed,
        AccessBasis basis,
        String reason) {

    /** Who acted, as the audit log and the person see them. */
    public record Actor(UUID accountId, String username, String name, String role) {
    }
}
