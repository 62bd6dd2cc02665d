package care.whatmatters.budget;

import care.whatmatters.budget.domain.ApprovalRequest;
import care.whatmatters.budget.domain.Budget;
import care.whatmatters.person.domain.Person;
import care.whatmatters.shared.Money;

/**
 * One request in the budget approvers' queue.
 *
 * @param amount what is asked for: the costed plan's total, or the exception's amount
 */
public record QueueItem(Person person, Budget budget, ApprovalRequest request, Money amount, boolean overdue,
        long daysOverdue) {
}
