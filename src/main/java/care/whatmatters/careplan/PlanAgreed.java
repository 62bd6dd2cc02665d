package care.whatmatters.careplan;

import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import java.time.Instant;
import java.util.UUID;

/**
 * A personalised care and support plan was agreed with the person (a first agreement or a later one).
 *
 * @param recordedBy the practitioner who recorded the agreement, or null when the person agreed themselves
 */
public record PlanAgreed(PersonId person, UUID plan, int agreedVersion, Instant at, PractitionerId recordedBy) {
}
