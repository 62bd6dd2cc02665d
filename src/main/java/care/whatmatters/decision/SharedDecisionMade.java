package care.whatmatters.decision;

import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import java.time.Instant;
import java.util.UUID;

/**
 * A shared decision was recorded: the person chose one of the options discussed (published in the same
 * transaction as the decision, so reporting counts it exactly when it is on the record).
 *
 * @param recordedBy the practitioner who recorded it, or null when the person recorded it themselves
 */
public record SharedDecisionMade(PersonId person, UUID decision, Instant at, PractitionerId recordedBy) {
}
