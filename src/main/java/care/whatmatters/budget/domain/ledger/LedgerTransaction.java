package care.whatmatters.budget.domain.ledger;

import care.whatmatters.shared.Money;
import care.whatmatters.shared.Stamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One balanced movement of money: at least two entries whose debits equal their credits (checked here, and
 * again by the database when the transaction commits).
 *
 * @param valueDate      the day the money moved (a payment's date), which may be before it was recorded
 * @param line           the plan line it concerns, if any
 * @param counterparty   who was paid, or who refunded
 * @param reference      what authorised it: the approval request, for contributions, commitments and exceptions
 * @param reverses       for a correction, the transaction it reverses
 * @param idempotencyKey for a payment, the key its request carried; {@code fingerprint} identifies the request
 */
public record LedgerTransaction(UUID id, TransactionKind kind, LocalDate valueDate, String description, UUID line,
        String counterparty, UUID reference, UUID reverses, String idempotencyKey, String fingerprint,
        List<LedgerEntry> entries, Stamp recorded) {

    public LedgerTransaction {
        entries = List.copyOf(entries);
        if (entries.size() < 2) {
            throw new IllegalArgumentException("a transaction needs at least two entries");
        }
        if (total(entries, Side.DEBIT) != total(entries, Side.CREDIT)) {
            throw new IllegalArgumentException("a transaction's debits must equal its credits");
        }
    }

    public Money debits() {
        return Money.ofPence(total(entries, Side.DEBIT));
    }

    public Money credits() {
        return Money.ofPence(total(entries, Side.CREDIT));
    }

    /** The money the transaction moved: for a payment, what was paid. */
    public Money amount() {
        return debits();
    }

    private static long total(List<LedgerEntry> entries, Side side) {
        return entries.stream().filter(e -> e.side() == side).mapToLong(e -> e.amount().pence())
                .reduce(0L, Math::addExact);
    }
}
