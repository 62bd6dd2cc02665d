package care.whatmatters.socialprescribing.domain;

import care.whatmatters.shared.Stamp;
import java.util.UUID;

/** One step in the referral's history: the status it moved from and to, and what was noted. */
public record ReferralEvent(UUID id, ReferralStatus from, ReferralStatus to, String note, Stamp at) {
}
