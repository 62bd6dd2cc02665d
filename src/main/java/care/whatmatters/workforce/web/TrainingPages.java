package care.whatmatters.workforce.web;

import care.whatmatters.access.Actor;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.workforce.Training;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A practitioner's record of their own training in personalised care, counted towards the workforce target. */
@Controller
class TrainingPages {

    static final Map<String, String> LABELS = Map.of("module", "Module", "completedOn", "Date completed",
            "provider", "Provider");

    private final Training training;

    TrainingPages(Training training) {
        this.training = training;
    }

    @GetMapping("/training")
    String page(Actor actor, Model model) {
        model.addAttribute("completed", training.of(practitioner(actor)));
        return "workforce/training";
    }

    @PostMapping("/training")
    String record(Actor actor, @RequestParam(required = false) String module,
            @RequestParam(required = false) String completedOn, @RequestParam(required = false) String provider,
            Model model) {
        PractitionerId me = practitioner(actor);
        try {
            InputCheck check = new InputCheck();
            LocalDate day = check.date("completedOn", completedOn);
            check.orThrow();
            training.record(me, module, day, provider);
            return "redirect:/training?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.byField());
            model.addAttribute("labels", LABELS);
            model.addAttribute("draft", Map.of("module", module == null ? "" : module,
                    "completedOn", completedOn == null ? "" : completedOn, "provider", provider == null ? "" : provider));
            model.addAttribute("completed", training.of(me));
            return "workforce/training";
        }
    }

    private static PractitionerId practitioner(Actor actor) {
        if (!actor.isPractitioner()) {
            throw new AccessDeniedException("Only practitioners record their training");
        }
        return actor.practitioner();
    }
}
