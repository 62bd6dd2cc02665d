package care.whatmatters.budget;

import care.whatmatters.budget.domain.ledger.LedgerTransaction;

/**
 * A payment as recorded, and whether this request was a repeat of one already made with the same
 * Idempotency-Key (in which case nothing new was recorded and this is the original payment).
 */
public record PaymentResult(LedgerTransaction payment, boolean repeated) {
}
