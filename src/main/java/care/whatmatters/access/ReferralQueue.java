package care.whatmatters.access;

import care.whatmatters.shared.PersonId;

/**
 * Tells the access module whether a person has a referral to social prescribing that no link worker has
 * taken yet: the one ground on which a link worker outside the care team may see (only) that referral.
 * Implemented by the social prescribing module, so the rule stays here, at the single door.
 */
public interface ReferralQueue {

    boolean awaitsLinkWorker(PersonId person);
}
