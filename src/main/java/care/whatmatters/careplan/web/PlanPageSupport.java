package care.whatmatters.careplan.web;

import care.whatmatters.access.Actor;
import care.whatmatters.careplan.PlanWorkspaces;
import care.whatmatters.careplan.domain.ActionProgress;
import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the plan pages share: showing the editor, and turning a refused change into the editor again with
 * the problem explained and what the person typed still in the form (never a lost edit).
 */
@Component
class PlanPageSupport {

    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("text", "The words"), Map.entry("reviewDate", "Review date"),
            Map.entry("contingency", "Contingency plan"), Map.entry("whatMattersId", "What matters"),
            Map.entry("goalId", "Goal"), Map.entry("description", "What will be done"),
            Map.entry("owner", "Who will do it"), Map.entry("dueDate", "By when"),
            Map.entry("component", "Kind of support"), Map.entry("personAgreed", "The person's agreement"),
            Map.entry("participants", "Who took part"), Map.entry("reason", "Reason"),
            Map.entry("progress", "Progress"));

    private final PlanWorkspaces workspaces;

    PlanPageSupport(PlanWorkspaces workspaces) {
        this.workspaces = workspaces;
    }

    String editor(Actor actor, UUID person, Model model) {
        model.addAttribute("workspace", workspaces.open(actor, new PersonId(person)));
        model.addAttribute("labels", LABELS);
        model.addAttribute("components", SupportComponent.values());
        model.addAttribute("progressValues", ActionProgress.values());
        return "plan/editor";
    }

    /**
     * Applies a change and goes back to where the person was; a refused change shows the page again with
     * the reason. {@code form} names the form, so the page can refill it with {@code draft}.
     */
    String change(Actor actor, UUID person, String back, String anchor, String form, Map<String, String> draft,
            Model model, RedirectAttributes redirect, Supplier<?> change) {
        Map<String, String> problems;
        try {
            change.get();
            return "me".equals(back) ? "redirect:/me/" + person + "#plan"
                    : "redirect:/persons/" + person + "/plan" + (anchor == null ? "" : "#" + anchor);
        } catch (InvalidInputException e) {
            problems = e.byField();
        } catch (ConflictException e) {
            problems = Map.of("form", e.getMessage());
        }
        if ("me".equals(back)) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/me/" + person + "#plan";
        }
        model.addAttribute("problems", problems);
        model.addAttribute("failedForm", form);
        model.addAttribute("draft", draft);
        return editor(actor, person, model);
    }
}
