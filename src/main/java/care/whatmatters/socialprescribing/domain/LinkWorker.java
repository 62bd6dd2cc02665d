package care.whatmatters.socialprescribing.domain;

import care.whatmatters.shared.PractitionerId;

/** The social prescribing link worker who took the referral. */
public record LinkWorker(PractitionerId id, String name) {
}
