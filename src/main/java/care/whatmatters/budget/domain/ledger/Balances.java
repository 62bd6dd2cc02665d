package care.whatmatters.budget.domain.ledger;

import care.whatmatters.shared.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Account balances, always derived by adding up entries (never stored or edited), each positive on the
 * account's normal side. Accounts are kept in the order they first appeared, so shares are split in a
 * stable order.
 */
public final class Balances {

    private final Map<LedgerAccount, Long> pence = new LinkedHashMap<>();

    public static Balances of(List<LedgerTransaction> transactions) {
        Balances balances = new Balances();
        transactions.forEach(balances::apply);
        return balances;
    }

    void apply(LedgerTransaction transaction) {
        for (LedgerEntry entry : transaction.entries()) {
            pence.merge(entry.account(), entry.effect(), Math::addExact);
        }
    }

    /** The account that would go below zero if {@code transaction} were applied, or null if none would. */
    LedgerAccount wouldGoNegative(LedgerTransaction transaction) {
        Map<LedgerAccount, Long> after = new LinkedHashMap<>();
        for (LedgerEntry entry : transaction.entries()) {
            after.merge(entry.account(), pence.getOrDefault(entry.account(), 0L) + entry.effect(),
                    (old, ignored) -> old + entry.effect());
        }
        return after.entrySet().stream().filter(e -> e.getValue() < 0).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    public Money of(LedgerAccount account) {
        return Money.ofPence(pence.getOrDefault(account, 0L));
    }

    public Map<LedgerAccount, Money> all() {
        Map<LedgerAccount, Money> copy = new LinkedHashMap<>();
        pence.forEach((account, value) -> copy.put(account, Money.ofPence(value)));
        return copy;
    }

    /** The sum over accounts matching {@code which}. */
    public Money sum(Predicate<LedgerAccount> which) {
        return Money.ofPence(pence.entrySet().stream().filter(e -> which.test(e.getKey()))
                .mapToLong(Map.Entry::getValue).reduce(0L, Math::addExact));
    }

    public Money sum(AccountType type) {
        return sum(a -> a.type() == type);
    }

    public Money sum(AccountType type, UUID line) {
        return sum(a -> a.type() == type && line.equals(a.line()));
    }

    /** The accounts of one type on one line with money in them, funders' first, in order of appearance. */
    List<LedgerAccount> withMoney(AccountType type, UUID line) {
        return pence.entrySet().stream().filter(e -> e.getKey().type() == type && line.equals(e.getKey().line())
                && e.getValue() > 0).map(Map.Entry::getKey).toList();
    }

    /** Debit-normal balances minus credit-normal balances: zero whenever every transaction balanced. */
    public long trialBalance() {
        return pence.entrySet().stream().mapToLong(e -> e.getKey().type().normal() == Side.DEBIT ? e.getValue()
                : -e.getValue()).reduce(0L, Math::addExact);
    }
}
