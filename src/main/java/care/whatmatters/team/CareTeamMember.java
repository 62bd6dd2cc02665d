package care.whatmatters.team;

import care.whatmatters.shared.PersonId;
import java.time.Instant;
import java.util.UUID;

/** One practitioner's active membership of one person's care team. */
public record CareTeamMember(UUID id, PersonId personId, Practitioner practitioner, String teamRole,
        boolean lead, Instant since) {
}
