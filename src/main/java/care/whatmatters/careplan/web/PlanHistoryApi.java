package care.whatmatters.careplan.web;

import static care.whatmatters.careplan.web.PlanRequests.body;

import care.whatmatters.access.Actor;
import care.whatmatters.careplan.AgreedVersionView;
import care.whatmatters.careplan.PlanConversation;
import care.whatmatters.careplan.PlanEdit;
import care.whatmatters.careplan.PlanHistory;
import care.whatmatters.careplan.PlanView;
import care.whatmatters.careplan.domain.GoalProposal;
import care.whatmatters.careplan.domain.PlanChange;
import care.whatmatters.careplan.domain.PlanComment;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.VersionPrecondition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Agreed versions and their comparison; the person's comments and goal proposals. */
@RestController
@RequestMapping("/api/v1/persons/{id}/plan")
@Tag(name = "Care and support plan")
class PlanHistoryApi {

    private final PlanHistory history;
    private final PlanConversation conversation;

    PlanHistoryApi(PlanHistory history, PlanConversation conversation) {
        this.history = history;
        this.conversation = conversation;
    }

    @GetMapping("/versions")
    @Operation(summary = "Every agreed version of the plan, oldest first")
    List<AgreedVersionView> versions(Actor actor, @PathVariable UUID id) {
        return history.agreedVersions(actor, new PersonId(id)).stream().map(AgreedVersionView::of).toList();
    }

    @GetMapping("/versions/{number}")
    @Operation(summary = "One agreed version, exactly as it was agreed")
    AgreedVersionView version(Actor actor, @PathVariable UUID id, @PathVariable int number) {
        return AgreedVersionView.of(history.agreedVersion(actor, new PersonId(id), number));
    }

    @GetMapping("/versions/compare")
    @Operation(summary = "What changed between two agreed versions")
    Comparison compare(Actor actor, @PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
        return new Comparison(from, to, history.compare(actor, new PersonId(id), from, to));
    }

    @GetMapping("/comments")
    @Operation(summary = "Comments on the plan, oldest first")
    List<PlanComment> comments(Actor actor, @PathVariable UUID id) {
        return conversation.comments(actor, new PersonId(id));
    }

    @PostMapping("/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on the plan (the person or the team)")
    PlanComment comment(Actor actor, @PathVariable UUID id, @RequestBody PlanRequests.Text text) {
        return conversation.comment(actor, new PersonId(id), body(text).text());
    }

    @GetMapping("/proposals")
    @Operation(summary = "Goals the person proposed, with the team's answers")
    List<GoalProposal> proposals(Actor actor, @PathVariable UUID id) {
        return conversation.proposals(actor, new PersonId(id));
    }

    @PostMapping("/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a goal in your own words")
    GoalProposal propose(Actor actor, @PathVariable UUID id, @RequestBody PlanRequests.Text text) {
        return conversation.proposeGoal(actor, new PersonId(id), body(text).text());
    }

    @PostMapping("/proposals/{proposalId}/accept")
    @Operation(summary = "Accept a proposed goal into the plan, under something that matters")
    ResponseEntity<PlanView> accept(Actor actor, @PathVariable UUID id, @PathVariable UUID proposalId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody PlanRequests.Accept accept) {
        PlanEdit<UUID> edit = conversation.acceptProposal(actor, new PersonId(id),
                VersionPrecondition.required(ifMatch), proposalId, body(accept).whatMattersId());
        return ResponseEntity.ok().eTag(VersionPrecondition.etag(edit.plan().version())).body(PlanView.of(edit.plan()));
    }

    @PostMapping("/proposals/{proposalId}/decline")
    @Operation(summary = "Decline a proposed goal, with a reason the person will read")
    GoalProposal decline(Actor actor, @PathVariable UUID id, @PathVariable UUID proposalId,
            @RequestBody PlanRequests.Reason reason) {
        return conversation.declineProposal(actor, new PersonId(id), proposalId, body(reason).reason());
    }

    record Comparison(int from, int to, List<PlanChange> changes) {
    }
}
