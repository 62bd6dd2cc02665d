package care.whatmatters.selfmanagement.web;

import care.whatmatters.access.Actor;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.selfmanagement.SelfManagement;
import care.whatmatters.selfmanagement.SelfMonitoring;
import care.whatmatters.selfmanagement.domain.MonitoringTarget;
import care.whatmatters.selfmanagement.domain.ReadingKind;
import care.whatmatters.selfmanagement.domain.SupportSession;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The self-management page: activation, tailored support, sessions, apps and devices, readings and targets. */
@Controller
class SelfManagementPages {

    private final SelfManagement selfManagement;
    private final SelfMonitoring monitoring;
    private final PersonRegister register;

    SelfManagementPages(SelfManagement selfManagement, SelfMonitoring monitoring, PersonRegister register) {
        this.selfManagement = selfManagement;
        this.monitoring = monitoring;
        this.register = register;
    }

    @GetMapping("/persons/{id}/self-management")
    String page(Actor actor, @PathVariable UUID id, Model model) {
        PersonId person = new PersonId(id);
        model.addAttribute("person", register.read(actor, person));
        model.addAttribute("support", selfManagement.summary(actor, person));
        model.addAttribute("monitoring", monitoring.summary(actor, person));
        model.addAttribute("team", actor.isPractitioner());
        model.addAttribute("pamLicence", selfManagement.licensedForPam(actor));
        model.addAttribute("kinds", ReadingKind.values());
        model.addAttribute("sessionKinds", SupportSession.Kind.values());
        return "selfmanagement/self-management";
    }

    @PostMapping("/persons/{id}/activation")
    String activation(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String score,
            @RequestParam(required = false) Integer level, @RequestParam(required = false) String measuredOn,
            RedirectAttributes redirect) {
        return change(id, "activation", redirect, "The activation level is recorded.", () -> {
            InputCheck check = new InputCheck();
            LocalDate on = check.date("measuredOn", measuredOn);
            BigDecimal value = number(score, "score", check);
            check.orThrow();
            return selfManagement.recordActivation(actor, new PersonId(id), value, level, on);
        });
    }

    @PostMapping("/persons/{id}/self-management/sessions")
    String session(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String heldOn, @RequestParam(required = false) String facilitator,
            @RequestParam(required = false) String notes, @RequestParam(required = false) List<UUID> goals,
            RedirectAttributes redirect) {
        return change(id, "sessions", redirect, "The session is recorded.", () -> {
            InputCheck check = new InputCheck();
            LocalDate on = check.date("heldOn", heldOn);
            SupportSession.Kind k = check.choice("kind", SupportSession.Kind.class, kind);
            check.orThrow();
            return selfManagement.recordSession(actor, new PersonId(id), k, on, facilitator, notes,
                    goals == null ? List.of() : goals);
        });
    }

    @PostMapping("/persons/{id}/monitoring/consents")
    String consent(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String source,
            @RequestParam(required = false) String name, RedirectAttributes redirect) {
        return change(id, "devices", redirect, "Consent recorded: readings from this source will be accepted.",
                () -> monitoring.consent(actor, new PersonId(id), source, name));
    }

    @PostMapping("/persons/{id}/monitoring/consents/{consent}/withdraw")
    String withdraw(Actor actor, @PathVariable UUID id, @PathVariable UUID consent, RedirectAttributes redirect) {
        return change(id, "devices", redirect, "Consent withdrawn: readings from this source will be refused.", () -> {
            monitoring.withdrawConsent(actor, new PersonId(id), consent);
            return consent;
        });
    }

    @PostMapping("/persons/{id}/monitoring/targets")
    String target(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) UUID goal, @RequestParam(required = false) String direction,
            @RequestParam(required = false) String value, RedirectAttributes redirect) {
        return change(id, "readings", redirect, "The target is saved.", () -> {
            InputCheck check = new InputCheck();
            ReadingKind k = check.choice("kind", ReadingKind.class, kind);
            MonitoringTarget.Direction d = check.choice("direction", MonitoringTarget.Direction.class, direction);
            BigDecimal v = number(value, "value", check);
            check.orThrow();
            return monitoring.setTarget(actor, new PersonId(id), k, goal, d, v);
        });
    }

    private static String change(UUID id, String anchor, RedirectAttributes redirect, String done, Supplier<?> change) {
        try {
            change.get();
            redirect.addFlashAttribute("notice", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.byField());
        } catch (ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("problems", Map.of("form", e.getMessage()));
        }
        return "redirect:/persons/" + id + "/self-management#" + anchor;
    }

    private static BigDecimal number(String value, String field, InputCheck check) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            check.that(false, field, "must be a number");
            return null;
        }
    }
}
