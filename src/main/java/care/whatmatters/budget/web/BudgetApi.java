package care.whatmatters.budget.web;

import static care.whatmatters.budget.web.BudgetRequests.body;
import static care.whatmatters.budget.web.BudgetRequests.choice;
import static care.whatmatters.budget.web.BudgetRequests.optionalDate;

import care.whatmatters.access.Actor;
import care.whatmatters.budget.ApprovalRequestView;
import care.whatmatters.budget.BudgetRecords;
import care.whatmatters.budget.BudgetSetup;
import care.whatmatters.budget.BudgetView;
import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.FunderKind;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.VersionPrecondition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Setting up a personal health budget: its terms, the indicative budget, funders and the costed plan, and
 * sending it for approval. Every change carries the budget version it started from in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/persons/{id}/budgets")
@Tag(name = "Personal health budgets", description = "Eligibility, indicative budget, costed plan and approval")
class BudgetApi {

    static final String IF_MATCH = "If-Match";

    private final BudgetSetup setup;
    private final BudgetRecords records;
    private final Clock clock;

    BudgetApi(BudgetSetup setup, BudgetRecords records, Clock clock) {
        this.setup = setup;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The person's budgets")
    List<BudgetView> list(Actor actor, @PathVariable UUID id) {
        return records.list(actor, new PersonId(id)).budgets().stream().map(BudgetView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Set up a budget (care team)", description = "basis: CHC, CCC, S117, WHEELCHAIR, EHCP or "
            + "LOCAL; startsOn: YYYY-MM-DD. Continuing healthcare is for people 18 or over on the start date, "
            + "children's continuing care for 17 or under.")
    ResponseEntity<BudgetView> open(Actor actor, @PathVariable UUID id, @RequestBody BudgetRequests.Terms terms) {
        Budget budget = setup.open(actor, new PersonId(id), body(terms).toTerms());
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/budgets/" + budget.id()))
                .eTag(VersionPrecondition.etag(budget.version())).body(view(actor, id, budget));
    }

    @GetMapping("/{budgetId}")
    @Operation(summary = "One budget in full", description = "The ETag is the version to send in If-Match.")
    ResponseEntity<BudgetView> read(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId) {
        return ok(BudgetView.of(records.open(actor, new PersonId(id), budgetId)));
    }

    @PutMapping("/{budgetId}/terms")
    @Operation(summary = "Change the budget's title, basis, evidence, co-ordinator or start date (draft only)")
    ResponseEntity<BudgetView> terms(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody BudgetRequests.Terms t) {
        return ok(view(actor, id, setup.changeTerms(actor, new PersonId(id), budgetId,
                VersionPrecondition.required(ifMatch), body(t).toTerms())));
    }

    @PutMapping("/{budgetId}/indicative")
    @Operation(summary = "Work out the indicative budget with a configured rule",
            description = "ruleKey: one of the rules for the budget's basis (GET /api/v1/budget-rules); inputs: the "
                    + "rule's inputs by key, money as pounds and pence (\"2950.00\"), quantities as numbers (\"5\").")
    ResponseEntity<BudgetView> indicative(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @RequestBody BudgetRequests.Indicative i) {
        return ok(view(actor, id, setup.calculateIndicative(actor, new PersonId(id), budgetId,
                VersionPrecondition.required(ifMatch), body(i).ruleKey(), i.inputs())));
    }

    @PostMapping("/{budgetId}/funders")
    @Operation(summary = "Add a funder", description = "kind: NHS, SOCIAL_CARE, EDUCATION, CHARITY, PERSON_TOP_UP or OTHER")
    ResponseEntity<BudgetView> addFunder(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @RequestBody BudgetRequests.NewFunder f) {
        return ok(view(actor, id, setup.addFunder(actor, new PersonId(id), budgetId,
                VersionPrecondition.required(ifMatch), choice("kind", FunderKind.class, body(f).kind()), f.name())
                .budget()));
    }

    @PostMapping("/{budgetId}/lines")
    @Operation(summary = "Add a costed line, linked to an action on the person's plan",
            description = "unitCost × quantity is the line's cost; funding must add up to it exactly. mode: NOTIONAL, "
                    + "THIRD_PARTY, DIRECT_PAYMENT, PWB_NOTIONAL_TOP_UP or PWB_THIRD_PARTY.")
    ResponseEntity<BudgetView> addLine(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody BudgetRequests.Line line) {
        return ok(view(actor, id, setup.addLine(actor, new PersonId(id), budgetId,
                VersionPrecondition.required(ifMatch), body(line).toDetails()).budget()));
    }

    @PutMapping("/{budgetId}/lines/{lineId}")
    @Operation(summary = "Change a costed line (draft only)")
    ResponseEntity<BudgetView> changeLine(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @PathVariable UUID lineId, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @RequestBody BudgetRequests.Line line) {
        return ok(view(actor, id, setup.changeLine(actor, new PersonId(id), budgetId,
                VersionPrecondition.required(ifMatch), lineId, body(line).toDetails())));
    }

    @PostMapping("/{budgetId}/lines/{lineId}/void")
    @Operation(summary = "Remove a costed line, with a reason (it is kept, voided)")
    ResponseEntity<BudgetView> voidLine(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @PathVariable UUID lineId, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @RequestBody BudgetRequests.Reason r) {
        return ok(view(actor, id, setup.voidLine(actor, new PersonId(id), budgetId,
                VersionPrecondition.required(ifMatch), lineId, body(r).reason())));
    }

    @PostMapping("/{budgetId}/submit")
    @Operation(summary = "Send the costed plan to the budget approvers",
            description = "askedOn: the day the person asked for their budget (YYYY-MM-DD, today if left out); the "
                    + "decision is due within the configured time limit of it. Needs an indicative budget, at least "
                    + "one line and a care and support plan agreed with the person.")
    ResponseEntity<ApprovalRequestView> submit(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody(required = false)
            BudgetRequests.Submit s) {
        BudgetRequests.Submit submit = s == null ? new BudgetRequests.Submit(null, null) : s;
        var edit = setup.submit(actor, new PersonId(id), budgetId, VersionPrecondition.required(ifMatch),
                optionalDate("askedOn", submit.askedOn()), submit.note());
        return ResponseEntity.created(URI.create("/api/v1/budget-approvals/" + edit.result().id()))
                .eTag(VersionPrecondition.etag(edit.budget().version()))
                .body(ApprovalRequestView.of(edit.result(), LocalDate.now(clock)));
    }

    @PostMapping("/{budgetId}/revise")
    @Operation(summary = "Reopen a refused budget so its costed plan can be changed and sent again")
    ResponseEntity<BudgetView> revise(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return ok(view(actor, id, setup.revise(actor, new PersonId(id), budgetId, VersionPrecondition.required(ifMatch))));
    }

    private BudgetView view(Actor actor, UUID person, Budget budget) {
        return BudgetView.of(records.open(actor, new PersonId(person), budget.id()));
    }

    static ResponseEntity<BudgetView> ok(BudgetView view) {
        return ResponseEntity.ok().eTag(VersionPrecondition.etag(view.version())).body(view);
    }
}
