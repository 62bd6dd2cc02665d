package care.whatmatters.budget.domain.ledger;

import care.whatmatters.shared.Money;
import java.util.Objects;

/** One side of a transaction: an amount (always more than zero) debited or credited to one account. */
public record LedgerEntry(LedgerAccount account, Side side, Money amount) {

    public LedgerEntry {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(side, "side");
        if (amount == null || !amount.isPositive()) {
            throw new IllegalArgumentException("a ledger entry's amount must be more than zero");
        }
    }

    public static LedgerEntry debit(LedgerAccount account, Money amount) {
        return new LedgerEntry(account, Side.DEBIT, amount);
    }

    public static LedgerEntry credit(LedgerAccount account, Money amount) {
        return new LedgerEntry(account, Side.CREDIT, amount);
    }

    /** The entry's effect on its account's balance: positive on the account's normal side. */
    public long effect() {
        return side == account.type().normal() ? amount.pence() : -amount.pence();
    }

    public LedgerEntry reversed() {
        return new LedgerEntry(account, side.opposite(), amount);
    }
}
