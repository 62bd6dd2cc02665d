package care.whatmatters.budget.web;

import care.whatmatters.access.Actor;
import care.whatmatters.budget.BudgetApprovals;
import care.whatmatters.budget.BudgetRecords;
import care.whatmatters.budget.BudgetReviews;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The approvers' queue and decision page, and the practitioner's list of budget reviews due. */
@Controller
class ApprovalPages {

    private final BudgetRecords records;
    private final BudgetApprovals approvals;
    private final BudgetReviews reviews;

    ApprovalPages(BudgetRecords records, BudgetApprovals approvals, BudgetReviews reviews) {
        this.records = records;
        this.approvals = approvals;
        this.reviews = reviews;
    }

    @GetMapping("/budgets/approvals")
    String queue(Actor actor, Model model) {
        model.addAttribute("items", records.queue(actor));
        return "budget/queue";
    }

    @GetMapping("/budgets/approvals/{requestId}")
    String request(Actor actor, @PathVariable UUID requestId, Model model) {
        BudgetRecords.ApprovalView view = records.approvalRequest(actor, requestId);
        model.addAttribute("request", view.request());
        model.addAttribute("w", view.workspace());
        BudgetPageSupport.addChoices(model);
        return "budget/decide";
    }

    @PostMapping("/budgets/approvals/{requestId}/decision")
    String decide(Actor actor, @PathVariable UUID requestId, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        try {
            List<BudgetRequests.LineAmount> lines = new ArrayList<>();
            form.forEach((key, value) -> {
                if (key.startsWith("line.") && value != null && !value.isBlank()) {
                    lines.add(new BudgetRequests.LineAmount(BudgetPageSupport.id("lines", key.substring(5)), value));
                }
            });
            String outcome = form.get("outcome");
            approvals.decide(actor, requestId, new BudgetRequests.DecisionBody(outcome, form.get("reasonCode"),
                    form.get("explanation"), "APPROVED_WITH_CHANGES".equals(outcome) ? lines : List.of()).toDraft());
            redirect.addFlashAttribute("notice", "Decision recorded. The person can read it, with your explanation.");
            return "redirect:/budgets/approvals";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("problems", e instanceof InvalidInputException i ? i.byField()
                    : Map.of("form", e.getMessage()));
            model.addAttribute("draft", form);
            return request(actor, requestId, model);
        }
    }

    @GetMapping("/budgets/reviews")
    String reviewsDue(Actor actor, Model model) {
        model.addAttribute("items", reviews.dueFor(actor));
        return "budget/reviews";
    }
}
