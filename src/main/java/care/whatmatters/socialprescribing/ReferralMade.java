package care.whatmatters.socialprescribing;

import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import java.time.Instant;
import java.util.UUID;

/**
 * A person was referred to social prescribing (any source, including a self-referral).
 *
 * @param source       the referral source's code (GP, SELF, …)
 * @param referredBy   the referring practitioner, or null for a self-referral
 */
public record ReferralMade(PersonId person, UUID referral, String source, Instant at, PractitionerId referredBy) {
}
