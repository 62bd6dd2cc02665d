package care.whatmatters.budget.domain;

/** What an approver decided. On a reconsideration, REFUSED means the earlier decision stands. */
public enum DecisionOutcome {
    APPROVED("Approved"),
    APPROVED_WITH_CHANGES("Approved with changes"),
    REFUSED("Refused");

    private final String label;

    DecisionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
