package care.whatmatters.budget.domain.ledger;

import static care.whatmatters.budget.domain.ledger.LedgerEntry.credit;
import static care.whatmatters.budget.domain.ledger.LedgerEntry.debit;

import care.whatmatters.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One budget's ledger: every transaction ever posted, oldest first, and the balances they add up to. Each
 * command builds a balanced transaction, refuses it (with the reason, and nothing recorded) if any account
 * would go below zero, and otherwise appends it. Nothing is ever changed or removed: a mistake is put right
 * by {@link #reverse}.
 */
public final class Ledger {

    private final List<LedgerTransaction> transactions = new ArrayList<>();
    private final Balances balances = new Balances();

    /** The ledger as recorded; balances are the sum of the entries. */
    public static Ledger of(List<LedgerTransaction> history) {
        Ledger ledger = new Ledger();
        history.forEach(ledger::append);
        return ledger;
    }

    public LedgerTransaction contribute(Posting p, UUID funder, Money amount, UUID reference) {
        return post(p, TransactionKind.CONTRIBUTION, null, null, reference, null, null, null,
                debit(LedgerAccount.unallocated(funder), amount), credit(LedgerAccount.contribution(funder), amount));
    }

    public LedgerTransaction commit(Posting p, UUID line, UUID funder, Money amount, UUID reference) {
        Money free = balances.of(LedgerAccount.unallocated(funder));
        if (amount.isGreaterThan(free)) {
            throw new LedgerRefusal("Only " + free.formatted() + " of this funder's contribution is not yet committed, "
                    + "so " + amount.formatted() + " cannot be committed to the line.");
        }
        return post(p, TransactionKind.COMMITMENT, line, null, reference, null, null, null,
                debit(LedgerAccount.committed(line, funder), amount), credit(LedgerAccount.unallocated(funder), amount));
    }

    public LedgerTransaction release(Posting p, UUID line, UUID funder, Money amount) {
        Money left = balances.of(LedgerAccount.committed(line, funder));
        if (amount.isGreaterThan(left)) {
            throw new LedgerRefusal("Only " + left.formatted() + " of this funder's commitment to the line is unpaid, "
                    + "so " + amount.formatted() + " cannot be released.");
        }
        return post(p, TransactionKind.RELEASE, line, null, null, null, null, null,
                debit(LedgerAccount.unallocated(funder), amount), credit(LedgerAccount.committed(line, funder), amount));
    }

    /** Lets a line spend {@code amount} more than its commitments, as a budget approver allowed. */
    public LedgerTransaction allowException(Posting p, UUID line, Money amount, UUID approvalRequest) {
        return post(p, TransactionKind.EXCEPTION, line, null, approvalRequest, null, null, null,
                debit(LedgerAccount.committed(line, null), amount), credit(LedgerAccount.exception(line), amount));
    }

    /**
     * Pays {@code amount} against a line: shared between the line's funders in proportion to what each still
     * has committed to it, and from exception money only once the funders' is used up.
     */
    public LedgerTransaction pay(Posting p, LinePayment payment) {
        UUID line = payment.line();
        Money left = remainingOn(line);
        if (payment.amount().isGreaterThan(left)) {
            throw new LedgerRefusal("This payment of " + payment.amount().formatted() + " is more than the "
                    + left.formatted() + " left on the line '" + payment.lineName() + "' (" + committedTo(line)
                    .formatted() + " committed, " + paidOn(line).formatted() + " already paid). Nothing was paid. If "
                    + "the extra spending is justified, ask a budget approver for an exception.");
        }
        List<LedgerEntry> entries = Shares.move(balances, AccountType.COMMITTED, AccountType.PAID, line,
                payment.amount(), false);
        return post(new LedgerTransaction(p.id(), TransactionKind.PAYMENT, p.valueDate(), p.description(), line,
                payment.payee(), null, null, payment.idempotencyKey(), payment.fingerprint(), entries, p.stamp()));
    }

    /** Money paid back for a line: restores exception money first, then the funders' in proportion. */
    public LedgerTransaction refund(Posting p, UUID line, Money amount, String from) {
        Money paid = paidOn(line);
        if (amount.isGreaterThan(paid)) {
            throw new LedgerRefusal("A refund of " + amount.formatted() + " is more than the " + paid.formatted()
                    + " paid for this line.");
        }
        List<LedgerEntry> entries = Shares.move(balances, AccountType.PAID, AccountType.COMMITTED, line, amount, true);
        return post(new LedgerTransaction(p.id(), TransactionKind.REFUND, p.valueDate(), p.description(), line, from,
                null, null, null, null, entries, p.stamp()));
    }

    /** Corrects a mistaken transaction by posting its exact opposite; a transaction is reversed at most once. */
    public LedgerTransaction reverse(Posting p, UUID transactionId) {
        LedgerTransaction original = find(transactionId).orElseThrow(() -> new LedgerRefusal(
                "This budget's ledger has no transaction " + transactionId + "."));
        if (original.kind() == TransactionKind.REVERSAL) {
            throw new LedgerRefusal("A correction cannot itself be reversed: record a new transaction instead.");
        }
        if (reversalOf(transactionId).isPresent()) {
            throw new LedgerRefusal("That transaction has already been reversed.");
        }
        return post(new LedgerTransaction(p.id(), TransactionKind.REVERSAL, p.valueDate(), p.description(),
                original.line(), original.counterparty(), null, transactionId, null, null,
                original.entries().stream().map(LedgerEntry::reversed).toList(), p.stamp()));
    }

    private LedgerTransaction post(Posting p, TransactionKind kind, UUID line, String counterparty, UUID reference,
            UUID reverses, String key, String fingerprint, LedgerEntry... entries) {
        return post(new LedgerTransaction(p.id(), kind, p.valueDate(), p.description(), line, counterparty, reference,
                reverses, key, fingerprint, List.of(entries), p.stamp()));
    }

    private LedgerTransaction post(LedgerTransaction transaction) {
        LedgerAccount negative = balances.wouldGoNegative(transaction);
        if (negative != null) {
            throw new LedgerRefusal("Not possible: it would take '" + negative.type().label() + "' below zero. "
                    + "Nothing was recorded.");
        }
        append(transaction);
        return transaction;
    }

    private void append(LedgerTransaction transaction) {
        transactions.add(transaction);
        balances.apply(transaction);
    }

    public Optional<LedgerTransaction> find(UUID transactionId) {
        return transactions.stream().filter(t -> t.id().equals(transactionId)).findFirst();
    }

    public Optional<LedgerTransaction> reversalOf(UUID transactionId) {
        return transactions.stream().filter(t -> transactionId.equals(t.reverses())).findFirst();
    }

    public Optional<LedgerTransaction> paymentWithKey(String idempotencyKey) {
        return transactions.stream().filter(t -> idempotencyKey.equals(t.idempotencyKey())).findFirst();
    }

    /** The day of the first payment that still stands (not reversed): reviews are due from it. */
    public Optional<LocalDate> firstPaymentDate() {
        return transactions.stream().filter(t -> t.kind() == TransactionKind.PAYMENT)
                .filter(t -> reversalOf(t.id()).isEmpty()).map(LedgerTransaction::valueDate).min(LocalDate::compareTo);
    }

    public List<LedgerTransaction> transactions() {
        return List.copyOf(transactions);
    }

    public Balances balances() {
        return balances;
    }

    /** What is committed to a line and not yet paid: what can still be paid against it. */
    public Money remainingOn(UUID line) {
        return balances.sum(AccountType.COMMITTED, line);
    }

    public Money paidOn(UUID line) {
        return balances.sum(AccountType.PAID, line);
    }

    /** Everything committed to a line, paid or not. */
    public Money committedTo(UUID line) {
        return remainingOn(line).plus(paidOn(line));
    }
}
