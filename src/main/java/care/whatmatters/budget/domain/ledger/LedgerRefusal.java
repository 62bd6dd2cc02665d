package care.whatmatters.budget.domain.ledger;

import care.whatmatters.shared.ConflictException;

/** The ledger refused a movement of money (not enough left, already reversed ...); nothing was recorded. */
public class LedgerRefusal extends ConflictException {

    public LedgerRefusal(String message) {
        super(message);
    }
}
