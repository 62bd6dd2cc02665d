package care.whatmatters.careplan.web;

import static care.whatmatters.careplan.web.PlanEditorPages.nz;
import static care.whatmatters.careplan.web.PlanRequests.date;

import care.whatmatters.access.Actor;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.PlanConversation;
import care.whatmatters.careplan.PlanHistory;
import care.whatmatters.careplan.PlanWorkspaces;
import care.whatmatters.shared.PersonId;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agreeing, starting, reviewing and closing the plan; the conversation; agreed versions and the printable copy. */
@Controller
@RequestMapping("/persons/{id}/plan")
class PlanLifecyclePages {

    private final CarePlanning planning;
    private final PlanConversation conversation;
    private final PlanHistory history;
    private final PlanWorkspaces workspaces;
    private final PlanPageSupport pages;

    PlanLifecyclePages(CarePlanning planning, PlanConversation conversation, PlanHistory history,
            PlanWorkspaces workspaces, PlanPageSupport pages) {
        this.planning = planning;
        this.conversation = conversation;
        this.history = history;
        this.workspaces = workspaces;
        this.pages = pages;
    }

    @PostMapping("/agree")
    String agree(Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean personAgreed,
            @RequestParam(required = false) String participants, @RequestParam(required = false) String back,
            Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, back, "status", "agree", Map.of("participants", nz(participants)), model,
                redirect, () -> planning.agree(actor, new PersonId(id), version, personAgreed, participants));
    }

    @PostMapping("/activate")
    String activate(Actor actor, @PathVariable UUID id, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        return pages.change(actor, id, null, "status", "activate", Map.of(), model, redirect,
                () -> planning.activate(actor, new PersonId(id), version));
    }

    @PostMapping("/review")
    String startReview(Actor actor, @PathVariable UUID id, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        return pages.change(actor, id, null, "status", "review", Map.of(), model, redirect,
                () -> planning.startReview(actor, new PersonId(id), version));
    }

    @PostMapping("/review/complete")
    String completeReview(Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String reviewDate, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, null, "status", "complete-review", Map.of("reviewDate", nz(reviewDate)),
                model, redirect, () -> planning.completeReviewUnchanged(actor, new PersonId(id), version,
                        date("reviewDate", reviewDate)));
    }

    @PostMapping("/close")
    String close(Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, null, "status", "close", Map.of("reason", nz(reason)), model, redirect,
                () -> planning.close(actor, new PersonId(id), version, reason));
    }

    @PostMapping("/comments")
    String comment(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String back, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, back, "conversation", "comment", Map.of("text", nz(text)), model, redirect,
                () -> conversation.comment(actor, new PersonId(id), text));
    }

    @PostMapping("/proposals")
    String propose(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String back, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, back, "conversation", "propose", Map.of("text", nz(text)), model, redirect,
                () -> conversation.proposeGoal(actor, new PersonId(id), text));
    }

    @PostMapping("/proposals/{proposal}/accept")
    String accept(Actor actor, @PathVariable UUID id, @PathVariable UUID proposal, @RequestParam long version,
            @RequestParam(required = false) UUID whatMattersId, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, null, "conversation", "accept-" + proposal, Map.of(), model, redirect,
                () -> conversation.acceptProposal(actor, new PersonId(id), version, proposal, whatMattersId));
    }

    @PostMapping("/proposals/{proposal}/decline")
    String decline(Actor actor, @PathVariable UUID id, @PathVariable UUID proposal,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, null, "conversation", "decline-" + proposal, Map.of("reason", nz(reason)),
                model, redirect, () -> conversation.declineProposal(actor, new PersonId(id), proposal, reason));
    }

    @GetMapping("/versions/{number}")
    String version(Actor actor, @PathVariable UUID id, @PathVariable int number, Model model) {
        model.addAttribute("version", history.agreedVersion(actor, new PersonId(id), number));
        model.addAttribute("personId", id);
        return "plan/version";
    }

    @GetMapping("/compare")
    String compare(Actor actor, @PathVariable UUID id, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("changes", history.compare(actor, new PersonId(id), from, to));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("personId", id);
        return "plan/compare";
    }

    @GetMapping("/print")
    String print(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("workspace", workspaces.copy(actor, new PersonId(id)));
        return "plan/print";
    }
}
