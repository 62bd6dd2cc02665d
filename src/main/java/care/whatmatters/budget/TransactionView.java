package care.whatmatters.budget;

import care.whatmatters.budget.domain.ledger.Ledger;
import care.whatmatters.budget.domain.ledger.LedgerEntry;
import care.whatmatters.budget.domain.ledger.LedgerTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A ledger transaction as the JSON API shows it, with its entries. A payment's answer is one of these.
 *
 * @param reversedBy the correction that reversed it, if any
 */
public record TransactionView(UUID id, String kind, String kindLabel, LocalDate valueDate, String description,
        UUID lineId, String counterparty, MoneyView amount, UUID reference, UUID reverses, UUID reversedBy,
        String recordedBy, Instant recordedAt, List<EntryView> entries) {

    public static TransactionView of(LedgerTransaction t, Ledger ledger) {
        return new TransactionView(t.id(), t.kind().name(), t.kind().label(), t.valueDate(), t.description(), t.line(),
                t.counterparty(), MoneyView.of(t.amount()), t.reference(), t.reverses(),
                ledger == null ? null : ledger.reversalOf(t.id()).map(LedgerTransaction::id).orElse(null),
                t.recorded().by(), t.recorded().at(), t.entries().stream().map(EntryView::of).toList());
    }

    /** @param funderId null on a COMMITTED or PAID account means money an approver allowed as an exception */
    public record EntryView(String account, UUID funderId, UUID lineId, String side, MoneyView amount) {

        static EntryView of(LedgerEntry e) {
            return new EntryView(e.account().type().name(), e.account().funder(), e.account().line(), e.side().name(),
                    MoneyView.of(e.amount()));
        }
    }
}
