package care.whatmatters.budget;

import care.whatmatters.budget.domain.BudgetStatus;
import care.whatmatters.person.domain.Person;
import java.time.LocalDate;
import java.util.UUID;

/** One budget's next review, for the list of reviews due across a caseload. */
public record ReviewDueItem(Person person, UUID budgetId, String title, BudgetStatus status, LocalDate dueOn,
        boolean overdue) {
}
