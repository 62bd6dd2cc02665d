package care.whatmatters.directory.domain;

import care.whatmatters.shared.Money;
import java.util.UUID;

/** One of a service's prices (Open Referral's cost_option), e.g. "Concessions: £2 per session". */
public record CostOption(UUID id, String option, Money amount, String amountDescription) {
}
