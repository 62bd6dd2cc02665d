package care.whatmatters.budget;

import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.ReviewDue;
import care.whatmatters.budget.domain.ReviewSchedule;
import care.whatmatters.budget.domain.ledger.Ledger;
import care.whatmatters.budget.persistence.BudgetRepository;
import care.whatmatters.budget.persistence.ReviewRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Works out a budget's next review date by rule after anything that can change it, and keeps it on the budget. */
@Component
class ReviewDates {

    private final BudgetRules rules;
    private final ReviewRepository reviews;
    private final BudgetRepository budgets;

    ReviewDates(BudgetRules rules, ReviewRepository reviews, BudgetRepository budgets) {
        this.rules = rules;
        this.reviews = reviews;
        this.budgets = budgets;
    }

    Optional<ReviewDue> next(Budget budget, Ledger ledger) {
        return ReviewSchedule.next(rules.reviews(), budget.status(), ledger.firstPaymentDate(),
                reviews.held(budget.person(), budget.id()), reviews.requests(budget.person(), budget.id()));
    }

    void refresh(Budget budget, Ledger ledger) {
        budgets.setNextReviewDue(budget.person(), budget.id(), next(budget, ledger).map(ReviewDue::dueOn).orElse(null));
    }
}
