package care.whatmatters.budget;

import care.whatmatters.budget.domain.Budget;

/** A saved change to a budget, with the budget at its new version and what the change produced (a new id ...). */
public record BudgetEdit<T>(Budget budget, T result) {
}
