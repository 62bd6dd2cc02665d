package care.whatmatters.budget;

import care.whatmatters.shared.PersonId;
import java.time.LocalDate;
import java.util.UUID;

/** A budget was stopped: from this day it is no longer in place. */
public record BudgetStopped(PersonId person, UUID budget, LocalDate on) {
}
