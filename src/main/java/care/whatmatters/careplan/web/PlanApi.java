package care.whatmatters.careplan.web;

import static care.whatmatters.careplan.web.PlanRequests.body;
import static care.whatmatters.careplan.web.PlanRequests.date;

import care.whatmatters.access.Actor;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.PlanEdit;
import care.whatmatters.careplan.PlanView;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.VersionPrecondition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
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
 * The plan's editing API. Every change carries the plan version it started from in {@code If-Match}
 * (the ETag of the last read or change); a change based on an older version gets 409 and saves nothing.
 */
@RestController
@RequestMapping("/api/v1/persons/{id}/plan")
@Tag(name = "Care and support plan", description = "One shared plan per person, edited with optimistic locking")
class PlanApi {

    private static final String IF_MATCH = "If-Match";

    private final CarePlanning planning;

    PlanApi(CarePlanning planning) {
        this.planning = planning;
    }

    @GetMapping
    @Operation(summary = "The person's plan", description = "The ETag is the version to send in If-Match.")
    ResponseEntity<PlanView> read(Actor actor, @PathVariable UUID id) {
        return ok(planning.read(actor, new PersonId(id)));
    }

    @PostMapping
    @Operation(summary = "Start a draft plan", description = "The review date (YYYY-MM-DD) is required.")
    ResponseEntity<PlanView> start(Actor actor, @PathVariable UUID id, @RequestBody PlanRequests.StartPlan start) {
        CarePlan plan = planning.start(actor, new PersonId(id), date("reviewDate", body(start).reviewDate()),
                start.contingency());
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/plan"))
                .eTag(VersionPrecondition.etag(plan.version())).body(PlanView.of(plan));
    }

    @PutMapping("/review-date")
    @Operation(summary = "Change the review date")
    ResponseEntity<PlanView> reviewDate(Actor actor, @PathVariable UUID id, @RequestHeader(value = IF_MATCH,
            required = false) String ifMatch, @RequestBody PlanRequests.ReviewDate change) {
        return ok(planning.setReviewDate(actor, new PersonId(id), VersionPrecondition.required(ifMatch),
                date("reviewDate", body(change).reviewDate())));
    }

    @PutMapping("/contingency")
    @Operation(summary = "Write the contingency (crisis) plan")
    ResponseEntity<PlanView> contingency(Actor actor, @PathVariable UUID id, @RequestHeader(value = IF_MATCH,
            required = false) String ifMatch, @RequestBody PlanRequests.Contingency change) {
        return ok(planning.setContingency(actor, new PersonId(id), VersionPrecondition.required(ifMatch),
                body(change).contingency()));
    }

    @PostMapping("/what-matters")
    @Operation(summary = "Record something that matters to the person, in their words")
    ResponseEntity<PlanView.WhatMattersView> addWhatMatters(Actor actor, @PathVariable UUID id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody PlanRequests.Text text) {
        PlanEdit<UUID> edit = planning.addWhatMatters(actor, new PersonId(id), VersionPrecondition.required(ifMatch),
                body(text).text());
        return created(id, "what-matters", edit, plan -> plan.content().whatMatters().stream()
                .filter(w -> w.id().equals(edit.result())).map(PlanView.WhatMattersView::of).findFirst().orElseThrow());
    }

    @PutMapping("/what-matters/{itemId}")
    @Operation(summary = "Reword something that matters")
    ResponseEntity<PlanView> rewordWhatMatters(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody PlanRequests.Text text) {
        return ok(planning.rewordWhatMatters(actor, new PersonId(id), VersionPrecondition.required(ifMatch), itemId,
                body(text).text()));
    }

    @PostMapping("/what-matters/{itemId}/void")
    @Operation(summary = "Void something that matters, with a reason")
    ResponseEntity<PlanView> voidWhatMatters(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody PlanRequests.Reason r) {
        return ok(planning.voidWhatMatters(actor, new PersonId(id), VersionPrecondition.required(ifMatch), itemId,
                body(r).reason()));
    }

    @PostMapping("/goals")
    @Operation(summary = "Add a goal in the person's words, linked to what matters")
    ResponseEntity<PlanView.GoalView> addGoal(Actor actor, @PathVariable UUID id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody PlanRequests.GoalText g) {
        PlanEdit<UUID> edit = planning.addGoal(actor, new PersonId(id), VersionPrecondition.required(ifMatch),
                body(g).whatMattersId(), g.text());
        return created(id, "goals", edit, plan -> plan.content().goals().stream()
                .filter(x -> x.id().equals(edit.result())).map(PlanView.GoalView::of).findFirst().orElseThrow());
    }

    @PutMapping("/goals/{goalId}")
    @Operation(summary = "Reword a goal or link it to something else that matters")
    ResponseEntity<PlanView> changeGoal(Actor actor, @PathVariable UUID id, @PathVariable UUID goalId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody PlanRequests.GoalText g) {
        return ok(planning.changeGoal(actor, new PersonId(id), VersionPrecondition.required(ifMatch), goalId,
                body(g).whatMattersId(), g.text()));
    }

    @PostMapping("/goals/{goalId}/void")
    @Operation(summary = "Void a goal (and its actions) with a reason")
    ResponseEntity<PlanView> voidGoal(Actor actor, @PathVariable UUID id, @PathVariable UUID goalId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody PlanRequests.Reason r) {
        return ok(planning.voidGoal(actor, new PersonId(id), VersionPrecondition.required(ifMatch), goalId,
                body(r).reason()));
    }

    @PostMapping("/actions")
    @Operation(summary = "Add an action: what, who owns it, by when (YYYY-MM-DD), which component",
            description = "component: SOCIAL_PRESCRIBING, PERSONAL_HEALTH_BUDGET, SHARED_DECISION, SELF_MANAGEMENT, "
                    + "CHOICE or OTHER")
    ResponseEntity<PlanView.ActionView> addAction(Actor actor, @PathVariable UUID id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody PlanRequests.Action a) {
        PlanEdit<UUID> edit = planning.addAction(actor, new PersonId(id), VersionPrecondition.required(ifMatch),
                body(a).toDetails());
        return created(id, "actions", edit, plan -> plan.content().actions().stream()
                .filter(x -> x.id().equals(edit.result())).map(PlanView.ActionView::of).findFirst().orElseThrow());
    }

    @PutMapping("/actions/{actionId}")
    @Operation(summary = "Change an action")
    ResponseEntity<PlanView> changeAction(Actor actor, @PathVariable UUID id, @PathVariable UUID actionId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody PlanRequests.Action a) {
        return ok(planning.changeAction(actor, new PersonId(id), VersionPrecondition.required(ifMatch), actionId,
                body(a).toDetails()));
    }

    @PostMapping("/actions/{actionId}/progress")
    @Operation(summary = "Record progress on an action (allowed on an agreed plan)",
            description = "progress: NOT_STARTED, IN_PROGRESS, DONE or CANCELLED")
    ResponseEntity<PlanView> progress(Actor actor, @PathVariable UUID id, @PathVariable UUID actionId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody PlanRequests.Progress p) {
        return ok(planning.recordProgress(actor, new PersonId(id), VersionPrecondition.required(ifMatch), actionId,
                body(p).toProgress()));
    }

    @PostMapping("/actions/{actionId}/void")
    @Operation(summary = "Void an action with a reason")
    ResponseEntity<PlanView> voidAction(Actor actor, @PathVariable UUID id, @PathVariable UUID actionId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody PlanRequests.Reason r) {
        return ok(planning.voidAction(actor, new PersonId(id), VersionPrecondition.required(ifMatch), actionId,
                body(r).reason()));
    }

    @PostMapping("/agree")
    @Operation(summary = "Agree the plan with the person",
            description = "Freezes the plan as the next agreed version. A practitioner must confirm personAgreed; "
                    + "the person agreeing for themselves need not.")
    ResponseEntity<PlanView> agree(Actor actor, @PathVariable UUID id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody PlanRequests.Agree a) {
        return ok(planning.agree(actor, new PersonId(id), VersionPrecondition.required(ifMatch),
                Boolean.TRUE.equals(body(a).personAgreed()), a.participants()).plan());
    }

    @PostMapping("/activate")
    @Operation(summary = "Start carrying out the agreed plan")
    ResponseEntity<PlanView> activate(Actor actor, @PathVariable UUID id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return ok(planning.activate(actor, new PersonId(id), VersionPrecondition.required(ifMatch)));
    }

    @PostMapping("/review")
    @Operation(summary = "Start a review of the plan")
    ResponseEntity<PlanView> startReview(Actor actor, @PathVariable UUID id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return ok(planning.startReview(actor, new PersonId(id), VersionPrecondition.required(ifMatch)));
    }

    @PostMapping("/review/complete")
    @Operation(summary = "Finish a review that changed nothing, with the next review date")
    ResponseEntity<PlanView> completeReview(Actor actor, @PathVariable UUID id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @RequestBody PlanRequests.ReviewDate next) {
        return ok(planning.completeReviewUnchanged(actor, new PersonId(id), VersionPrecondition.required(ifMatch),
                date("reviewDate", body(next).reviewDate())));
    }

    @PostMapping("/close")
    @Operation(summary = "Close the plan, with a reason")
    ResponseEntity<PlanView> close(Actor actor, @PathVariable UUID id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody PlanRequests.Reason r) {
        return ok(planning.close(actor, new PersonId(id), VersionPrecondition.required(ifMatch), body(r).reason()));
    }

    private static ResponseEntity<PlanView> ok(CarePlan plan) {
        return ResponseEntity.ok().eTag(VersionPrecondition.etag(plan.version())).body(PlanView.of(plan));
    }

    private static <T> ResponseEntity<T> created(UUID person, String collection, PlanEdit<UUID> edit,
            Function<CarePlan, T> view) {
        return ResponseEntity.created(URI.create("/api/v1/persons/" + person + "/plan/" + collection + "/"
                        + edit.result()))
                .eTag(VersionPrecondition.etag(edit.plan().version())).body(view.apply(edit.plan()));
    }
}
