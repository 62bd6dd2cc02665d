package care.whatmatters.careplan.web;

import static care.whatmatters.careplan.web.PlanRequests.date;

import care.whatmatters.access.Actor;
import care.whatmatters.careplan.CarePlanning;
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

/**
 * The plan editor: what matters, goals, actions, the contingency plan and the review date. Every form
 * carries the plan version it was shown with; if someone else saved first, the change is refused and the
 * page says so, with what was typed still in the form.
 */
@Controller
@RequestMapping("/persons/{id}/plan")
class PlanEditorPages {

    private final CarePlanning planning;
    private final PlanPageSupport pages;

    PlanEditorPages(CarePlanning planning, PlanPageSupport pages) {
        this.planning = planning;
        this.pages = pages;
    }

    @GetMapping
    String editor(Actor actor, @PathVariable UUID id, Model model) {
        return pages.editor(actor, id, model);
    }

    @PostMapping
    String start(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String reviewDate,
            @RequestParam(required = false) String contingency, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, null, null, "start", Map.of("reviewDate", nz(reviewDate),
                "contingency", nz(contingency)), model, redirect,
                () -> planning.start(actor, new PersonId(id), date("reviewDate", reviewDate), contingency));
    }

    @PostMapping("/what-matters")
    String addWhatMatters(Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, null, "what-matters", "add-what-matters", Map.of("text", nz(text)), model,
                redirect, () -> planning.addWhatMatters(actor, new PersonId(id), version, text));
    }

    @PostMapping("/what-matters/{item}")
    String rewordWhatMatters(Actor actor, @PathVariable UUID id, @PathVariable UUID item, @RequestParam long version,
            @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, null, "wm-" + item, "wm-" + item, Map.of("text", nz(text)), model, redirect,
                () -> planning.rewordWhatMatters(actor, new PersonId(id), version, item, text));
    }

    @PostMapping("/what-matters/{item}/void")
    String voidWhatMatters(Actor actor, @PathVariable UUID id, @PathVariable UUID item, @RequestParam long version,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, null, "what-matters", "void-wm-" + item, Map.of("reason", nz(reason)), model,
                redirect, () -> planning.voidWhatMatters(actor, new PersonId(id), version, item, reason));
    }

    @PostMapping("/goals")
    String addGoal(Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam UUID whatMattersId, @RequestParam(required = false) String text, Model model,
            RedirectAttributes redirect) {
        return pages.change(actor, id, null, "wm-" + whatMattersId, "add-goal-" + whatMattersId,
                Map.of("text", nz(text)), model, redirect,
                () -> planning.addGoal(actor, new PersonId(id), version, whatMattersId, text));
    }

    @PostMapping("/goals/{goal}")
    String changeGoal(Actor actor, @PathVariable UUID id, @PathVariable UUID goal, @RequestParam long version,
            @RequestParam UUID whatMattersId, @RequestParam(required = false) String text, Model model,
            RedirectAttributes redirect) {
        return pages.change(actor, id, null, "goal-" + goal, "goal-" + goal, Map.of("text", nz(text)), model,
                redirect, () -> planning.changeGoal(actor, new PersonId(id), version, goal, whatMattersId, text));
    }

    @PostMapping("/goals/{goal}/void")
    String voidGoal(Actor actor, @PathVariable UUID id, @PathVariable UUID goal, @RequestParam long version,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, null, "what-matters", "void-goal-" + goal, Map.of("reason", nz(reason)),
                model, redirect, () -> planning.voidGoal(actor, new PersonId(id), version, goal, reason));
    }

    @PostMapping("/actions")
    String addAction(Actor actor, @PathVariable UUID id, @RequestParam long version, @RequestParam UUID goalId,
            @RequestParam(required = false) String description, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String dueDate, @RequestParam(required = false) String component,
            Model model, RedirectAttributes redirect) {
        PlanRequests.Action action = new PlanRequests.Action(goalId, description, owner, dueDate, component);
        return pages.change(actor, id, null, "goal-" + goalId, "add-action-" + goalId, Map.of(
                        "description", nz(description), "owner", nz(owner), "dueDate", nz(dueDate),
                        "component", nz(component)), model, redirect,
                () -> planning.addAction(actor, new PersonId(id), version, action.toDetails()));
    }

    @PostMapping("/actions/{action}/progress")
    String progress(Actor actor, @PathVariable UUID id, @PathVariable UUID action, @RequestParam long version,
            @RequestParam(required = false) String progress, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, null, "action-" + action, "progress-" + action, Map.of(), model, redirect,
                () -> planning.recordProgress(actor, new PersonId(id), version, action,
                        new PlanRequests.Progress(progress).toProgress()));
    }

    @PostMapping("/actions/{action}/void")
    String voidAction(Actor actor, @PathVariable UUID id, @PathVariable UUID action, @RequestParam long version,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, null, "what-matters", "void-action-" + action, Map.of("reason", nz(reason)),
                model, redirect, () -> planning.voidAction(actor, new PersonId(id), version, action, reason));
    }

    @PostMapping("/contingency")
    String contingency(Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String contingency, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, null, "contingency", "contingency", Map.of("contingency", nz(contingency)),
                model, redirect, () -> planning.setContingency(actor, new PersonId(id), version, contingency));
    }

    @PostMapping("/review-date")
    String reviewDate(Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String reviewDate, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, null, "review-date", "review-date", Map.of("reviewDate", nz(reviewDate)),
                model, redirect,
                () -> planning.setReviewDate(actor, new PersonId(id), version, date("reviewDate", reviewDate)));
    }

    static String nz(String value) {
        return value == null ? "" : value;
    }
}
