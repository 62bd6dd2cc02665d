package care.whatmatters.budget.web;

import static care.whatmatters.budget.web.BudgetRequests.body;

import care.whatmatters.access.Actor;
import care.whatmatters.budget.ApprovalRequestView;
import care.whatmatters.budget.BudgetApprovals;
import care.whatmatters.budget.BudgetRecords;
import care.whatmatters.budget.BudgetView;
import care.whatmatters.budget.QueueItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The budget approvers' queue and their decisions. Approvers see a person's budget only while a request
 * about it waits here; every look and every decision is audited and shows in the person's access log.
 */
@RestController
@RequestMapping("/api/v1/budget-approvals")
@Tag(name = "Budget approvals", description = "The approval queue, with time limits, and decisions with coded reasons")
class BudgetApprovalApi {

    private final BudgetRecords records;
    private final BudgetApprovals approvals;
    private final Clock clock;

    BudgetApprovalApi(BudgetRecords records, BudgetApprovals approvals, Clock clock) {
        this.records = records;
        this.approvals = approvals;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Requests waiting for a decision, soonest due first (budget approvers)")
    List<QueueEntry> queue(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return records.queue(actor).stream().map(i -> new QueueEntry(ApprovalRequestView.of(i.request(), today),
                i.person().demographics().fullName(), i.person().demographics().nhsNumberShown(),
                i.budget().terms().title(), care.whatmatters.budget.MoneyView.of(i.amount()))).toList();
    }

    @GetMapping("/{requestId}")
    @Operation(summary = "One request, with the budget it is about")
    RequestWithBudget request(Actor actor, @PathVariable UUID requestId) {
        BudgetRecords.ApprovalView view = records.approvalRequest(actor, requestId);
        return new RequestWithBudget(ApprovalRequestView.of(view.request(), LocalDate.now(clock)),
                BudgetView.of(view.workspace()));
    }

    @PostMapping("/{requestId}/decision")
    @Operation(summary = "Decide a request (budget approvers)", description = "outcome: APPROVED, APPROVED_WITH_CHANGES "
            + "or REFUSED; reasonCode: a code that fits the outcome (GET /api/v1/budget-rules); explanation: written "
            + "for the person to read. When approving with changes, lines gives the approved amount of each changed "
            + "line. Approving sets the final budget and funds it in the ledger.")
    ApprovalRequestView decide(Actor actor, @PathVariable UUID requestId, @RequestBody BudgetRequests.DecisionBody d) {
        return ApprovalRequestView.of(approvals.decide(actor, requestId, body(d).toDraft()), LocalDate.now(clock));
    }

    /** A request in the queue, with who it is for and how much it is for. */
    record QueueEntry(ApprovalRequestView request, String person, String nhsNumber, String budget,
            care.whatmatters.budget.MoneyView amount) {
    }

    record RequestWithBudget(ApprovalRequestView request, BudgetView budget) {
    }
}
