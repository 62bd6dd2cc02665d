package care.whatmatters.budget.domain.ledger;

import care.whatmatters.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moves an amount on one line from accounts of one type to the matching accounts of another (committed to
 * paid for a payment, paid to committed for a refund), shared between funders exactly.
 */
final class Shares {

    private Shares() {
    }

    /**
     * @param exceptionFirst take from exception money before the funders' (refunds), instead of after
     *                       (payments)
     */
    static List<LedgerEntry> move(Balances balances, AccountType from, AccountType to, UUID line, Money amount,
            boolean exceptionFirst) {
        List<LedgerAccount> funders = balances.withMoney(from, line).stream().filter(a -> a.funder() != null).toList();
        LedgerAccount exceptional = new LedgerAccount(from, null, line);
        Money funderMoney = funders.stream().map(balances::of).reduce(Money.ZERO, Money::plus);
        Money exceptionMoney = balances.of(exceptional);
        Money fromException = exceptionFirst ? amount.min(exceptionMoney)
                : amount.minus(amount.min(funderMoney));
        Money fromFunders = amount.minus(fromException);
        List<LedgerEntry> entries = new ArrayList<>();
        if (fromFunders.isPositive()) {
            List<Money> shares = fromFunders.allocate(funders.stream().map(balances::of).toList());
            for (int i = 0; i < funders.size(); i++) {
                add(entries, funders.get(i), to, shares.get(i));
            }
        }
        add(entries, exceptional, to, fromException);
        return entries;
    }

    private static void add(List<LedgerEntry> entries, LedgerAccount source, AccountType to, Money share) {
        if (share.isPositive()) {
            entries.add(LedgerEntry.debit(new LedgerAccount(to, source.funder(), source.line()), share));
            entries.add(LedgerEntry.credit(source, share));
        }
    }
}
