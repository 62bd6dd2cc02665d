package care.whatmatters.socialprescribing;

import care.whatmatters.access.ReferralQueue;
import care.whatmatters.shared.PersonId;
import care.whatmatters.socialprescribing.persistence.ReferralRepository;
import org.springframework.stereotype.Component;

/** Answers the access module's question: does this person have a referral waiting for a link worker? */
@Component
class ReferralQueueAdapter implements ReferralQueue {

    private final ReferralRepository referrals;

    ReferralQueueAdapter(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Override
    public boolean awaitsLinkWorker(PersonId person) {
        return referrals.awaitsLinkWorker(person);
    }
}
