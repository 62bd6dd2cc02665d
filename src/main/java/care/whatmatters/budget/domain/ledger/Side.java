package care.whatmatters.budget.domain.ledger;

/** Which side of an account an entry is on. */
public enum Side {
    DEBIT, CREDIT;

    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
