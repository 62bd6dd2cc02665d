package care.whatmatters.budget.domain;

import care.whatmatters.shared.Money;
import java.util.UUID;

/** How much of one costed line one funder pays for. */
public record LineFunding(UUID funderId, Money amount) {
}
