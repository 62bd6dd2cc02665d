package care.whatmatters.budget;

import care.whatmatters.budget.domain.ledger.Ledger;
import java.util.List;
import java.util.UUID;

/**
 * A budget's whole ledger: every transaction with its entries, oldest first, and each account's balance
 * worked out from them. {@code trialBalance} (debit balances less credit balances) is always zero.
 */
public record LedgerView(List<TransactionView> transactions, List<BalanceView> balances, long trialBalance) {

    public static LedgerView of(Ledger ledger) {
        return new LedgerView(ledger.transactions().stream().map(t -> TransactionView.of(t, ledger)).toList(),
                ledger.balances().all().entrySet().stream().map(e -> new BalanceView(e.getKey().type().name(),
                        e.getKey().type().label(), e.getKey().funder(), e.getKey().line(), MoneyView.of(e.getValue())))
                        .toList(), ledger.balances().trialBalance());
    }

    public record BalanceView(String account, String accountLabel, UUID funderId, UUID lineId, MoneyView balance) {
    }
}
