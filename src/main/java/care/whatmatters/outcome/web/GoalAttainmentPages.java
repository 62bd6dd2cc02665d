package care.whatmatters.outcome.web;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.outcome.GoalAttainment;
import care.whatmatters.outcome.OutcomeRecords;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Goal Attainment Scaling on the plan's goals: expected levels set when goals are agreed, scored at review. */
@Controller
class GoalAttainmentPages {

    private final GoalAttainment attainment;
    private final OutcomeRecords records;
    private final PersonRegister register;

    GoalAttainmentPages(GoalAttainment attainment, OutcomeRecords records, PersonRegister register) {
        this.attainment = attainment;
        this.records = records;
        this.register = register;
    }

    @GetMapping("/persons/{id}/outcomes/gas")
    String page(Actor actor, @PathVariable UUID id, Model model) {
        AccessGrant grant = records.grantFor(actor, new PersonId(id));
        model.addAttribute("person", register.get(grant));
        model.addAttribute("goals", attainment.goals(grant));
        model.addAttribute("status", attainment.planStatus(grant).orElse(null));
        model.addAttribute("baseline", attainment.baseline(grant).orElse(null));
        model.addAttribute("reviews", records.responses(grant).stream()
                .filter(r -> r.live() && r.measure() == care.whatmatters.outcome.domain.Measure.GAS).toList().reversed());
        return "outcome/gas";
    }

    @PostMapping("/persons/{id}/outcomes/gas/goals/{goal}")
    String setScale(Actor actor, @PathVariable UUID id, @PathVariable UUID goal,
            @RequestParam(required = false) String expected, @RequestParam(required = false) Integer baseline,
            @RequestParam(required = false) Integer importance, @RequestParam(required = false) Integer difficulty,
            Model model, RedirectAttributes redirect) {
        return change(actor, id, model, redirect, "Expected level saved.", () ->
                attainment.setExpectedLevel(actor, new PersonId(id), goal, expected, baseline, importance, difficulty));
    }

    @PostMapping("/persons/{id}/outcomes/gas/review")
    String review(Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        return change(actor, id, model, redirect, "The goals are scored.", () -> {
            Map<UUID, Integer> scores = new LinkedHashMap<>();
            form.forEach((key, value) -> {
                if (key.startsWith("goal-") && value != null && !value.isBlank()) {
                    scores.put(UUID.fromString(key.substring(5)), Integer.valueOf(value));
                }
            });
            InputCheck check = new InputCheck();
            LocalDate on = check.date("answeredOn", form.get("answeredOn"));
            check.orThrow();
            return attainment.scoreReview(actor, new PersonId(id), on, scores);
        });
    }

    private String change(Actor actor, UUID id, Model model, RedirectAttributes redirect, String done,
            java.util.function.Supplier<?> change) {
        try {
            change.get();
            redirect.addFlashAttribute("notice", done);
            return "redirect:/persons/" + id + "/outcomes/gas";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.byField());
        } catch (ConflictException | NotFoundException | IllegalArgumentException e) {
            model.addAttribute("problems", Map.of("form", e instanceof IllegalArgumentException
                    ? "Choose a score from -2 to +2 for each goal." : e.getMessage()));
        }
        return page(actor, id, model);
    }
}
