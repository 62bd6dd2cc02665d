package care.whatmatters.careplan.domain;

import java.time.Instant;
import java.util.UUID;

/** A comment on the plan, from the person or from the team. Comments are never edited or removed. */
public record PlanComment(UUID id, String text, String author, String authorRole, boolean byPerson, Instant at) {
}
