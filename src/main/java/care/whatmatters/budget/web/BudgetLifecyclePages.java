package care.whatmatters.budget.web;

import static care.whatmatters.budget.web.BudgetPageSupport.nz;

import care.whatmatters.access.Actor;
import care.whatmatters.budget.BudgetApprovals;
import care.whatmatters.budget.BudgetLifecycle;
import care.whatmatters.budget.BudgetReviews;
import care.whatmatters.budget.domain.ReviewOutcome;
import care.whatmatters.budget.domain.ReviewTrigger;
import care.whatmatters.budget.domain.StatusReason;
import care.whatmatters.budget.web.BudgetPageSupport.Back;
import care.whatmatters.shared.PersonId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Suspending, resuming and stopping a budget; asking for a review or a reconsideration (from the team's
 * page or the person's statement); recording a review.
 */
@Controller
@RequestMapping("/persons/{id}/budgets/{budgetId}")
class BudgetLifecyclePages {

    private final BudgetLifecycle lifecycle;
    private final BudgetReviews reviews;
    private final BudgetApprovals approvals;
    private final BudgetPageSupport pages;

    BudgetLifecyclePages(BudgetLifecycle lifecycle, BudgetReviews reviews, BudgetApprovals approvals,
            BudgetPageSupport pages) {
        this.lifecycle = lifecycle;
        this.reviews = reviews;
        this.approvals = approvals;
        this.pages = pages;
    }

    @PostMapping("/status/{change}")
    String status(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId, @PathVariable String change,
            @RequestParam long version, @RequestParam(required = false) String reasonCode,
            @RequestParam(required = false) String explanation, Model model, RedirectAttributes redirect) {
        BudgetLifecycle.Change what = BudgetRequests.choice("change", BudgetLifecycle.Change.class, change);
        return pages.change(actor, id, budgetId, Back.BUDGET, "status", "status-" + change, Map.of("reasonCode",
                nz(reasonCode), "explanation", nz(explanation)), model, redirect, () -> {
                    StatusReason reason = reasonCode == null || reasonCode.isBlank() ? null
                            : BudgetRequests.choice("reasonCode", StatusReason.class, reasonCode);
                    lifecycle.change(actor, new PersonId(id), budgetId, version, what, reason, explanation);
                    return "The budget is " + switch (what) {
                        case SUSPEND -> "suspended";
                        case RESUME -> "resumed";
                        case STOP -> "stopped";
                    } + ".";
                });
    }

    @PostMapping("/review-requests")
    String askForReview(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestParam(required = false) String trigger, @RequestParam(required = false) String note,
            @RequestParam(required = false) String askedOn, @RequestParam(required = false) String back, Model model,
            RedirectAttributes redirect) {
        return pages.change(actor, id, budgetId, back(back), "reviews", "ask-review", Map.of("trigger", nz(trigger),
                "note", nz(note), "askedOn", nz(askedOn)), model, redirect, () -> {
                    reviews.ask(actor, new PersonId(id), budgetId, trigger == null || trigger.isBlank() ? null
                                    : BudgetRequests.choice("trigger", ReviewTrigger.class, trigger), note,
                            BudgetRequests.optionalDate("askedOn", askedOn));
                    return "The review is asked for.";
                });
    }

    @PostMapping("/reviews")
    String recordReview(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestParam(required = false) String heldOn, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String notes, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, budgetId, Back.BUDGET, "reviews", "record-review", Map.of("heldOn", nz(heldOn),
                "outcome", nz(outcome), "notes", nz(notes)), model, redirect, () -> {
                    reviews.record(actor, new PersonId(id), budgetId, BudgetRequests.optionalDate("heldOn", heldOn),
                            outcome == null || outcome.isBlank() ? null
                                    : BudgetRequests.choice("outcome", ReviewOutcome.class, outcome), notes);
                    return "Review recorded.";
                });
    }

    @PostMapping("/reconsideration")
    String reconsider(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestParam(required = false) String reasons, @RequestParam(required = false) String back, Model model,
            RedirectAttributes redirect) {
        return pages.change(actor, id, budgetId, back(back), "decisions", "reconsider", Map.of("note", nz(reasons)),
                model, redirect, () -> {
                    approvals.askForReconsideration(actor, new PersonId(id), budgetId, null, reasons);
                    return "The decision will be reconsidered. You will see the outcome and the reasons here.";
                });
    }

    private static Back back(String back) {
        return back != null && "statement".equals(back.toLowerCase(Locale.UK)) ? Back.STATEMENT : Back.BUDGET;
    }
}
