package care.whatmatters.decision.web;

import static care.whatmatters.decision.web.DecisionRequests.body;

import care.whatmatters.access.Actor;
import care.whatmatters.decision.ChoiceOffers;
import care.whatmatters.decision.DecisionView;
import care.whatmatters.decision.DecisionsOnRecord;
import care.whatmatters.decision.SharedDecisions;
import care.whatmatters.decision.domain.ChoiceOffer;
import care.whatmatters.decision.domain.SharedDecision;
import care.whatmatters.outcome.ResponseView;
import care.whatmatters.shared.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Shared decisions and choice offers on a person's record. */
@RestController
@RequestMapping("/api/v1/persons/{id}")
@Tag(name = "Shared decisions and choice", description = "BRAN decision records, the person's flag, choice offers")
class DecisionApi {

    private final SharedDecisions decisions;
    private final ChoiceOffers choices;

    DecisionApi(SharedDecisions decisions, ChoiceOffers choices) {
        this.decisions = decisions;
        this.choices = choices;
    }

    @GetMapping("/decisions")
    @Operation(summary = "The person's shared decisions, newest first")
    List<DecisionView> list(Actor actor, @PathVariable UUID id) {
        DecisionsOnRecord all = decisions.onRecord(actor, new PersonId(id));
        return all.decisions().stream().map(d -> DecisionView.of(d, all.rating(d.id()))).toList();
    }

    @PostMapping("/decisions")
    @Operation(summary = "Record a shared decision conversation (and the decision, if made)",
            description = "options: [{title, benefits, risks, doingNothing}], exactly one with doingNothing true. "
                    + "chosenOption: the index of the option chosen (optional). completeAction: a plan action to mark "
                    + "done; or newAction: {goalId, description, owner, dueDate} to add to the plan.")
    ResponseEntity<DecisionView> record(Actor actor, @PathVariable UUID id,
            @RequestBody DecisionRequests.NewDecision d) {
        SharedDecision saved = decisions.record(actor, new PersonId(id), body(d).draft(), d.chosenOption(),
                d.reasons(), DecisionRequests.link(d.completeAction(), d.newAction()));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/decisions/" + saved.id()))
                .body(DecisionView.of(saved, Optional.empty()));
    }

    @PostMapping("/decisions/{decision}/decide")
    @Operation(summary = "Record the decision made: one of the options considered (doing nothing included)")
    DecisionView decide(Actor actor, @PathVariable UUID id, @PathVariable UUID decision,
            @RequestBody DecisionRequests.Decide d) {
        return DecisionView.of(decisions.decide(actor, new PersonId(id), decision, body(d).chosenOptionId(),
                d.reasons(), DecisionRequests.link(d.completeAction(), d.newAction())), Optional.empty());
    }

    @PostMapping("/decisions/{decision}/not-my-decision")
    @Operation(summary = "The person says: this is not what I decided (flagged to the team)")
    DecisionView flag(Actor actor, @PathVariable UUID id, @PathVariable UUID decision,
            @RequestBody DecisionRequests.Words w) {
        return DecisionView.of(decisions.flagNotMine(actor, new PersonId(id), decision, body(w).words()),
                Optional.empty());
    }

    @PostMapping("/decisions/{decision}/flag-response")
    @Operation(summary = "The team answers the person's flag")
    DecisionView answer(Actor actor, @PathVariable UUID id, @PathVariable UUID decision,
            @RequestBody DecisionRequests.Response r) {
        return DecisionView.of(decisions.answerFlag(actor, new PersonId(id), decision, body(r).response()),
                Optional.empty());
    }

    @PostMapping("/decisions/{decision}/collaborate")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The person's collaboRATE answers about the conversation (three items, 0-9)")
    ResponseView collaborate(Actor actor, @PathVariable UUID id, @PathVariable UUID decision,
            @RequestBody DecisionRequests.Collaborate c) {
        return ResponseView.of(decisions.rateEncounter(actor, new PersonId(id), decision, body(c).answers()));
    }

    @GetMapping("/choice-offers")
    @Operation(summary = "Choice offers on the person's plan actions and referrals (the current one for each)")
    List<ChoiceOffer> offers(Actor actor, @PathVariable UUID id) {
        return choices.current(actor, new PersonId(id));
    }

    @PostMapping("/choice-offers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record whether choice of provider was offered for a plan action or referral",
            description = "subject: PLAN_ACTION or REFERRAL. When offered: providersOffered (and providerChosen, one "
                    + "of them). When not: exclusion, one of URGENT_OR_CRISIS, ALREADY_UNDER_CARE, DETAINED_UNDER_MHA, "
                    + "SECURE_SETTING, ARMED_FORCES, OTHER (with exclusionDetail).")
    ChoiceOffer offer(Actor actor, @PathVariable UUID id, @RequestBody DecisionRequests.Offer o) {
        return choices.record(actor, new PersonId(id), body(o).toOffer());
    }
}
