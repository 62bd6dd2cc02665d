package care.whatmatters.budget.web;

import care.whatmatters.access.Actor;
import care.whatmatters.budget.BudgetReviews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Budget reviews due across the signed-in practitioner's caseload, overdue first. */
@RestController
@Tag(name = "Personal health budgets")
class BudgetReviewsApi {

    private final BudgetReviews reviews;

    BudgetReviewsApi(BudgetReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/api/v1/budget-reviews")
    @Operation(summary = "Budget reviews due in your caseload, soonest first, with overdue ones marked")
    List<ReviewDue> due(Actor actor) {
        return reviews.dueFor(actor).stream().map(i -> new ReviewDue(i.person().id().value(),
                i.person().demographics().fullName(), i.budgetId(), i.title(), i.status().name(), i.dueOn(),
                i.overdue())).toList();
    }

    record ReviewDue(UUID personId, String person, UUID budgetId, String budget, String status, LocalDate dueOn,
            boolean overdue) {
    }
}
