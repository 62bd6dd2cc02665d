package care.whatmatters.budget.domain.ledger;

import java.util.Objects;
import java.util.UUID;

/**
 * One account of a budget's ledger: its type, and the funder and line it belongs to where the type has one.
 * A null funder on a COMMITTED or PAID account means money an approver allowed as an exception.
 */
public record LedgerAccount(AccountType type, UUID funder, UUID line) {

    public LedgerAccount {
        Objects.requireNonNull(type, "type");
        boolean valid = switch (type) {
            case CONTRIBUTION, UNALLOCATED -> funder != null && line == null;
            case COMMITTED, PAID -> line != null;
            case EXCEPTION -> funder == null && line != null;
        };
        if (!valid) {
            throw new IllegalArgumentException(type + " account with funder " + funder + " and line " + line);
        }
    }

    public static LedgerAccount contribution(UUID funder) {
        return new LedgerAccount(AccountType.CONTRIBUTION, funder, null);
    }

    public static LedgerAccount unallocated(UUID funder) {
        return new LedgerAccount(AccountType.UNALLOCATED, funder, null);
    }

    public static LedgerAccount committed(UUID line, UUID funder) {
        return new LedgerAccount(AccountType.COMMITTED, funder, line);
    }

    public static LedgerAccount paid(UUID line, UUID funder) {
        return new LedgerAccount(AccountType.PAID, funder, line);
    }

    public static LedgerAccount exception(UUID line) {
        return new LedgerAccount(AccountType.EXCEPTION, null, line);
    }

    /** Whether this account holds exception money rather than a funder's. */
    public boolean exceptional() {
        return type == AccountType.EXCEPTION || ((type == AccountType.COMMITTED || type == AccountType.PAID)
                && funder == null);
    }
}
