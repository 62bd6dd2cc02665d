package care.whatmatters.budget.web;

import static care.whatmatters.budget.web.BudgetRequests.body;
import static care.whatmatters.budget.web.BudgetRequests.choice;
import static care.whatmatters.budget.web.BudgetRequests.optionalDate;

import care.whatmatters.access.Actor;
import care.whatmatters.budget.ApprovalRequestView;
import care.whatmatters.budget.BudgetApprovals;
import care.whatmatters.budget.BudgetLifecycle;
import care.whatmatters.budget.BudgetRecords;
import care.whatmatters.budget.BudgetReviews;
import care.whatmatters.budget.BudgetView;
import care.whatmatters.budget.domain.ApprovalRequest;
import care.whatmatters.budget.domain.ReviewOutcome;
import care.whatmatters.budget.domain.ReviewTrigger;
import care.whatmatters.budget.domain.StatusReason;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.VersionPrecondition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A budget's life after setting up: pausing and stopping, reconsideration, exceptions and reviews. */
@RestController
@RequestMapping("/api/v1/persons/{id}/budgets/{budgetId}")
@Tag(name = "Personal health budgets")
class BudgetLifecycleApi {

    private final BudgetLifecycle lifecycle;
    private final BudgetApprovals approvals;
    private final BudgetReviews reviews;
    private final BudgetRecords records;
    private final Clock clock;

    BudgetLifecycleApi(BudgetLifecycle lifecycle, BudgetApprovals approvals, BudgetReviews reviews,
            BudgetRecords records, Clock clock) {
        this.lifecycle = lifecycle;
        this.approvals = approvals;
        this.reviews = reviews;
        this.records = records;
        this.clock = clock;
    }

    @PostMapping("/suspend")
    @Operation(summary = "Pause the budget: no payments until it is resumed (care team)",
            description = "reasonCode: SPENT_OUTSIDE_PLAN, FRAUD_SUSPECTED, IN_HOSPITAL, PERSON_ASKED or OTHER; "
                    + "CONSENT_WITHDRAWN means the budget must stop instead.")
    ResponseEntity<BudgetView> suspend(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestHeader(value = BudgetApi.IF_MATCH, required = false) String ifMatch,
            @RequestBody BudgetRequests.StatusChange c) {
        return change(actor, id, budgetId, ifMatch, BudgetLifecycle.Change.SUSPEND, c);
    }

    @PostMapping("/resume")
    @Operation(summary = "Resume a paused budget (care team)", description = "reasonCode: ISSUE_RESOLVED, PERSON_ASKED or OTHER")
    ResponseEntity<BudgetView> resume(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestHeader(value = BudgetApi.IF_MATCH, required = false) String ifMatch,
            @RequestBody BudgetRequests.StatusChange c) {
        return change(actor, id, budgetId, ifMatch, BudgetLifecycle.Change.RESUME, c);
    }

    @PostMapping("/stop")
    @Operation(summary = "Stop the budget for good (care team)", description = "reasonCode: CONSENT_WITHDRAWN, "
            + "SPENT_OUTSIDE_PLAN, FRAUD_SUSPECTED, NO_LONGER_ELIGIBLE, PERSON_ASKED or OTHER")
    ResponseEntity<BudgetView> stop(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestHeader(value = BudgetApi.IF_MATCH, required = false) String ifMatch,
            @RequestBody BudgetRequests.StatusChange c) {
        return change(actor, id, budgetId, ifMatch, BudgetLifecycle.Change.STOP, c);
    }

    @PostMapping("/reconsideration")
    @Operation(summary = "Ask for a refusal or reduction to be reconsidered (the person or the care team)",
            description = "reasons: why the decision should change, in the person's words; askedOn: the day they "
                    + "asked (today if left out).")
    ResponseEntity<ApprovalRequestView> reconsider(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestBody BudgetRequests.Reconsideration r) {
        return filed(approvals.askForReconsideration(actor, new PersonId(id), budgetId,
                optionalDate("askedOn", body(r).askedOn()), r.reasons()));
    }

    @PostMapping("/exception-requests")
    @Operation(summary = "Ask a budget approver to let a line spend more than it has left (care team)")
    ResponseEntity<ApprovalRequestView> exception(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestBody BudgetRequests.ExceptionRequest e) {
        return filed(approvals.askForException(actor, new PersonId(id), budgetId, body(e).lineId(),
                BudgetRequests.money("amount", e.amount()), e.reason()));
    }

    @PostMapping("/review-requests")
    @Operation(summary = "Ask for a review before it is due (the person or the care team)",
            description = "trigger: HEALTH_CHANGED, NOT_ENOUGH, NOT_WORKING, PERSON_ASKED or OTHER (with a note). "
                    + "The review becomes due within the configured period of askedOn.")
    ResponseEntity<BudgetView> askForReview(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestBody BudgetRequests.ReviewAsk a) {
        reviews.ask(actor, new PersonId(id), budgetId, choice("trigger", ReviewTrigger.class, body(a).trigger()),
                a.note(), optionalDate("askedOn", a.askedOn()));
        return BudgetApi.ok(BudgetView.of(records.open(actor, new PersonId(id), budgetId)));
    }

    @PostMapping("/reviews")
    @Operation(summary = "Record a review held with the person (care team)",
            description = "outcome: CONTINUE, CHANGE_NEEDED or STOP_RECOMMENDED; heldOn: YYYY-MM-DD")
    ResponseEntity<BudgetView> recordReview(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestBody BudgetRequests.ReviewHeld h) {
        reviews.record(actor, new PersonId(id), budgetId, optionalDate("heldOn", body(h).heldOn()),
                h.outcome() == null ? null : choice("outcome", ReviewOutcome.class, h.outcome()), h.notes());
        return BudgetApi.ok(BudgetView.of(records.open(actor, new PersonId(id), budgetId)));
    }

    private ResponseEntity<BudgetView> change(Actor actor, UUID id, UUID budgetId, String ifMatch,
            BudgetLifecycle.Change change, BudgetRequests.StatusChange c) {
        StatusReason reason = body(c).reasonCode() == null ? null
                : choice("reasonCode", StatusReason.class, c.reasonCode());
        lifecycle.change(actor, new PersonId(id), budgetId, VersionPrecondition.required(ifMatch), change, reason,
                c.explanation());
        return BudgetApi.ok(BudgetView.of(records.open(actor, new PersonId(id), budgetId)));
    }

    private ResponseEntity<ApprovalRequestView> filed(ApprovalRequest request) {
        return ResponseEntity.created(URI.create("/api/v1/budget-approvals/" + request.id()))
                .body(ApprovalRequestView.of(request, LocalDate.now(clock)));
    }
}
