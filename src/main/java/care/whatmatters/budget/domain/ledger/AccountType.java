package care.whatmatters.budget.domain.ledger;

/**
 * The kinds of account every budget has. Money comes in as a funder's contribution (credited to the
 * funder, debited to their unallocated funds), is committed to a plan line, and is paid. An approved
 * exception is a source of its own, so overspending is always visible as such.
 */
public enum AccountType {
    /** What one funder has put in. Credit balance. */
    CONTRIBUTION(Side.CREDIT, "Contributed"),
    /** One funder's money not yet committed to any line. Debit balance. */
    UNALLOCATED(Side.DEBIT, "Not yet allocated"),
    /** One funder's money committed to one line and not yet paid (no funder: exception money). Debit balance. */
    COMMITTED(Side.DEBIT, "Committed, not yet paid"),
    /** What has been paid for one line from one funder's money (no funder: exception money). Debit balance. */
    PAID(Side.DEBIT, "Paid"),
    /** Extra spending on one line that a budget approver allowed beyond the budget. Credit balance. */
    EXCEPTION(Side.CREDIT, "Overspend allowed by an approver");

    private final Side normal;
    private final String label;

    AccountType(Side normal, String label) {
        this.normal = normal;
        this.label = label;
    }

    /** The side on which the account's balance is positive. */
    public Side normal() {
        return normal;
    }

    public String label() {
        return label;
    }
}
