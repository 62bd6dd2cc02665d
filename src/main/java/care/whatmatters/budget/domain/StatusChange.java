package care.whatmatters.budget.domain;

import care.whatmatters.shared.Stamp;
import java.util.UUID;

/** A change of the budget's status that needed a reason: suspended, resumed or stopped, by whom and why. */
public record StatusChange(UUID id, BudgetStatus from, BudgetStatus to, StatusReason reason, String explanation,
        Stamp changed) {
}
