package care.whatmatters.budget.domain.ledger;

import care.whatmatters.shared.Money;
import java.util.UUID;

/**
 * A payment to be made against a plan line.
 *
 * @param lineName       the line's description, to name it if the payment is refused
 * @param idempotencyKey the key its request carried, so a repeat is recognised
 * @param fingerprint    identifies the request's content, so a key reused for a different payment is refused
 */
public record LinePayment(UUID line, String lineName, Money amount, String payee, String idempotencyKey,
        String fingerprint) {
}
