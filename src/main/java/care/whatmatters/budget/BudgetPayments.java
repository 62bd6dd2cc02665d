package care.whatmatters.budget;

import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.CostLine;
import care.whatmatters.budget.domain.ledger.Ledger;
import care.whatmatters.budget.domain.ledger.LedgerTransaction;
import care.whatmatters.budget.domain.ledger.LinePayment;
import care.whatmatters.budget.domain.ledger.Posting;
import care.whatmatters.budget.domain.ledger.TransactionKind;
import care.whatmatters.budget.persistence.BudgetRepository;
import care.whatmatters.budget.persistence.LedgerRepository;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.IdempotencyKey;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money out of and back into a budget: payments against approved lines, refunds, and corrections. Each
 * runs holding the budget's row lock, so movements on one budget are decided one at a time against the
 * balances as they really are: twenty payments racing for the last £100 cannot overspend, and twenty
 * copies of one payment (same Idempotency-Key) record it once and all answer the same payment.
 */
@Service
@Transactional
public class BudgetPayments {

    private final BudgetRepository budgets;
    private final LedgerRepository ledgers;
    private final RecordAccess access;
    private final ReviewDates reviewDates;
    private final Clock clock;

    BudgetPayments(BudgetRepository budgets, LedgerRepository ledgers, RecordAccess access, ReviewDates reviewDates,
            Clock clock) {
        this.budgets = budgets;
        this.ledgers = ledgers;
        this.access = access;
        this.reviewDates = reviewDates;
        this.clock = clock;
    }

    public PaymentResult pay(Actor actor, PersonId person, UUID budgetId, IdempotencyKey key, PaymentOrder order) {
        order.check(today());
        PaymentOrder dated = order.withDate(today());
        access.changeBudget(actor, person, "budget payment", AuditAction.CREATE, Writers.CARE_TEAM);
        Budget budget = budgets.lock(person, budgetId).orElseThrow(() -> BudgetSetup.notFound(budgetId));
        Ledger ledger = ledgers.load(person, budgetId);
        Optional<LedgerTransaction> earlier = ledger.paymentWithKey(key.value());
        if (earlier.isPresent()) {
            if (!earlier.get().fingerprint().equals(dated.fingerprint())) {
                throw InvalidInputException.of("Idempotency-Key", "was already used for a different payment on this "
                        + "budget: use a new key for a new payment");
            }
            return new PaymentResult(earlier.get(), true);
        }
        budget.requireMoneyMayMove();
        CostLine line = budget.approvedLine(dated.lineId());
        if (dated.paidOn().isBefore(budget.approvedOn())) {
            throw InvalidInputException.of("paidOn", "cannot be before the budget was approved on "
                    + budget.approvedOn());
        }
        LedgerTransaction payment = ledger.pay(new Posting(Ids.newId(), dated.paidOn(), dated.description(),
                stamp(actor)), new LinePayment(line.id(), line.details().description(), dated.amount(), dated.payee(),
                key.value(), dated.fingerprint()));
        ledgers.append(person, budgetId, payment);
        reviewDates.refresh(budget, ledger);
        return new PaymentResult(payment, false);
    }

    /** Money paid back for a line (a deposit returned, an overcharge refunded). */
    public LedgerTransaction refund(Actor actor, PersonId person, UUID budgetId, UUID lineId, Money amount,
            String from, LocalDate receivedOn, String reason) {
        new InputCheck().required("lineId", lineId).required("amount", amount)
                .that(amount == null || amount.isPositive(), "amount", "must be more than £0.00")
                .requiredText("from", from, FreeText.LINE).requiredText("reason", reason, FreeText.SHORT)
                .that(receivedOn == null || !receivedOn.isAfter(today()), "receivedOn", "cannot be in the future")
                .orThrow();
        access.changeBudget(actor, person, "budget refund", AuditAction.CREATE, Writers.CARE_TEAM);
        Budget budget = budgets.lock(person, budgetId).orElseThrow(() -> BudgetSetup.notFound(budgetId));
        if (budget.approvedOn() == null) {
            throw new ConflictException("Nothing has been paid from this budget, so nothing can be refunded.");
        }
        Ledger ledger = ledgers.load(person, budgetId);
        LedgerTransaction refund = ledger.refund(new Posting(Ids.newId(), receivedOn == null ? today() : receivedOn,
                reason, stamp(actor)), budget.costing().liveLine(lineId).id(), amount, from);
        ledgers.append(person, budgetId, refund);
        return refund;
    }

    /** Corrects a payment or refund recorded by mistake, by reversing it: nothing is ever deleted. */
    public LedgerTransaction reverse(Actor actor, PersonId person, UUID budgetId, UUID transactionId, String reason) {
        FreeText.required("reason", reason, FreeText.SHORT);
        access.changeBudget(actor, person, "budget correction", AuditAction.CREATE, Writers.CARE_TEAM);
        Budget budget = budgets.lock(person, budgetId).orElseThrow(() -> BudgetSetup.notFound(budgetId));
        Ledger ledger = ledgers.load(person, budgetId);
        ledger.find(transactionId).filter(t -> t.kind() == TransactionKind.PAYMENT || t.kind() == TransactionKind.REFUND)
                .orElseThrow(() -> new ConflictException("Only a payment or a refund can be corrected here."));
        LedgerTransaction reversal = ledger.reverse(new Posting(Ids.newId(), today(), reason, stamp(actor)),
                transactionId);
        ledgers.append(person, budgetId, reversal);
        reviewDates.refresh(budget, ledger);
        return reversal;
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(actor.signature(), clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
