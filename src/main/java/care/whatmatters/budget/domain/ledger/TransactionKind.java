package care.whatmatters.budget.domain.ledger;

/** What a ledger transaction records. */
public enum TransactionKind {
    CONTRIBUTION("Contribution from a funder"),
    COMMITMENT("Money committed to a plan line"),
    RELEASE("Commitment released"),
    PAYMENT("Payment"),
    REFUND("Refund"),
    EXCEPTION("Overspend allowed by an approver"),
    REVERSAL("Correction (reverses an earlier entry)");

    private final String label;

    TransactionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
