package care.whatmatters.budget.domain;

import care.whatmatters.shared.Money;

/**
 * One line of an indicative budget's calculation as shown to the person and the team.
 *
 * @param working how the step was worked out, in words and figures ("5 years × £150.00 = £750.00")
 * @param change  what the step added (or, for a limit, took away)
 * @param total   the running total after the step
 */
public record CalculationStep(String label, String working, Money change, Money total) {
}
