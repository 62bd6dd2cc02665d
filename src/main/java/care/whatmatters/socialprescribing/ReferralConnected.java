package care.whatmatters.socialprescribing;

import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import java.time.Instant;
import java.util.UUID;

/** A link worker first connected the referred person to a community service from the directory. */
public record ReferralConnected(PersonId person, UUID referral, Instant at, PractitionerId linkWorker) {
}
