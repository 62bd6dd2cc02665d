package care.whatmatters.selfmanagement;

import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import java.time.LocalDate;

/**
 * A supported self-management session (health coaching, peer support or education) was recorded.
 *
 * @param kind       the session's kind (a {@code SupportSession.Kind} name)
 * @param recordedBy the practitioner who recorded it
 */
public record SelfManagementSessionHeld(PersonId person, String kind, LocalDate heldOn, PractitionerId recordedBy) {
}
