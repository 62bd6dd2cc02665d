package care.whatmatters.budget.domain;

/**
 * Coded reasons for suspending, stopping or resuming a budget. Direct payments must stop if the person
 * withdraws consent, and may stop if money is spent outside the plan or fraud is suspected (NHS direct
 * payments regulations, reg 17 as cited in domain brief §1.6; regulation number [UNVERIFIED]).
 */
public enum StatusReason {
    CONSENT_WITHDRAWN("The person withdrew their consent", false, true, false),
    SPENT_OUTSIDE_PLAN("Money was spent outside the agreed plan", true, true, false),
    FRAUD_SUSPECTED("Fraud is suspected", true, true, false),
    NO_LONGER_ELIGIBLE("The person is no longer eligible", false, true, false),
    IN_HOSPITAL("The person is in hospital", true, false, false),
    PERSON_ASKED("The person asked", true, true, true),
    ISSUE_RESOLVED("The reason for the pause has been dealt with", false, false, true),
    OTHER("Another reason (explained below)", true, true, true);

    private final String label;
    private final boolean forSuspending;
    private final boolean forStopping;
    private final boolean forResuming;

    StatusReason(String label, boolean forSuspending, boolean forStopping, boolean forResuming) {
        this.label = label;
        this.forSuspending = forSuspending;
        this.forStopping = forStopping;
        this.forResuming = forResuming;
    }

    public String label() {
        return label;
    }

    public boolean forSuspending() {
        return forSuspending;
    }

    public boolean forStopping() {
        return forStopping;
    }

    public boolean forResuming() {
        return forResuming;
    }
}
