package care.whatmatters.socialprescribing.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The closed-loop life cycle of a referral to social prescribing: received → contacted → declined | engaged →
 * plan agreed → connected → follow-up → outcome measured → closed. A declined referral is closed too, and
 * closing always needs the message back to the GP and referrer.
 */
public enum ReferralStatus {
    RECEIVED("Received", "waiting for a link worker to contact the person"),
    CONTACTED("Contacted", "the link worker has contacted the person"),
    DECLINED("Declined", "the person chose not to take up social prescribing"),
    ENGAGED("Engaged", "the person is working with the link worker"),
    PLAN_AGREED("Plan agreed", "the person and link worker have agreed what to try"),
    CONNECTED("Connected", "referred on to a community service"),
    FOLLOW_UP("Follow-up", "the link worker is following up how it is going"),
    OUTCOME_MEASURED("Outcome measured", "wellbeing has been measured again"),
    CLOSED("Closed", "finished, with a message back to the GP and referrer");

    private final String label;
    private final String meaning;

    ReferralStatus(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    public Set<ReferralStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(CONTACTED);
            case CONTACTED -> EnumSet.of(DECLINED, ENGAGED);
            case DECLINED -> EnumSet.of(CLOSED);
            case ENGAGED -> EnumSet.of(PLAN_AGREED);
            case PLAN_AGREED -> EnumSet.of(CONNECTED);
            case CONNECTED -> EnumSet.of(FOLLOW_UP);
            case FOLLOW_UP -> EnumSet.of(OUTCOME_MEASURED);
            case OUTCOME_MEASURED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean canMoveTo(ReferralStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** Before the person is connected, a wellbeing measure counts as the baseline. */
    public boolean takesBaseline() {
        return this == CONTACTED || this == ENGAGED || this == PLAN_AGREED || this == CONNECTED;
    }

    public boolean takesFollowUp() {
        return this == FOLLOW_UP || this == OUTCOME_MEASURED;
    }
}
