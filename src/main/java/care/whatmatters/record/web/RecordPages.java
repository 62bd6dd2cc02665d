package care.whatmatters.record.web;

import care.whatmatters.access.Accounts;
import care.whatmatters.access.Actor;
import care.whatmatters.access.BreakGlass;
import care.whatmatters.access.RecordAccessDeniedException;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.domain.Person;
import care.whatmatters.record.AccessLogView;
import care.whatmatters.record.Caseload;
import care.whatmatters.record.OwnRecord;
import care.whatmatters.record.RecordView;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NhsNumber;
import care.whatmatters.shared.PersonId;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/** The record pages: home by role, the caseload, the record itself, break-glass and the access log. */
@Controller
class RecordPages {

    private final RecordView records;
    private final Caseload caseload;
    private final PersonRegister register;
    private final AccessLogView accessLog;
    private final BreakGlass breakGlass;
    private final Accounts accounts;

    RecordPages(RecordView records, Caseload caseload, PersonRegister register, AccessLogView accessLog,
            BreakGlass breakGlass, Accounts accounts) {
        this.records = records;
        this.caseload = caseload;
        this.register = register;
        this.accessLog = accessLog;
        this.breakGlass = breakGlass;
        this.accounts = accounts;
    }

    @GetMapping("/")
    String home(Actor actor) {
        if (actor.isPractitioner()) {
            return "redirect:/caseload";
        }
        return actor.isPerson() ? "redirect:/me" : "redirect:/home";
    }

    @GetMapping("/home")
    String roleHome() {
        return "home";
    }

    @GetMapping("/caseload")
    String caseload(Actor actor, @RequestParam(required = false) String filter, Model model) {
        model.addAttribute("people", caseload.of(actor, filter));
        model.addAttribute("filter", filter);
        return "record/caseload";
    }

    @GetMapping("/search")
    String search(Actor actor, @RequestParam(required = false) String nhsNumber, Model model) {
        model.addAttribute("nhsNumber", nhsNumber);
        try {
            List<Person> found = register.findByNhsNumber(actor, NhsNumber.parse(nhsNumber));
            if (found.size() == 1) {
                return "redirect:/persons/" + found.get(0).id();
            }
            model.addAttribute("notFound", true);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", "Enter a 10-digit NHS number, like 943 476 5919.");
        }
        model.addAttribute("people", caseload.of(actor));
        return "record/caseload";
    }

    @GetMapping("/persons/{id}")
    String record(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("record", records.open(actor, new PersonId(id)));
        return "record/record";
    }

    /** Emergency access from the search page, by NHS number: the practitioner states why. */
    @PostMapping("/break-glass")
    String breakGlassByNhsNumber(Actor actor, @RequestParam String nhsNumber, @RequestParam String reason,
            Model model) {
        NhsNumber number = NhsNumber.parse(nhsNumber);
        return register.idForEmergency(number)
                .map(id -> breakGlass(actor, id.value(), reason, model))
                .orElseGet(() -> {
                    model.addAttribute("nhsNumber", nhsNumber);
                    model.addAttribute("notFound", true);
                    model.addAttribute("noRecord", true);
                    model.addAttribute("people", caseload.of(actor));
                    return "record/caseload";
                });
    }

    @PostMapping("/persons/{id}/break-glass")
    String breakGlass(Actor actor, @PathVariable UUID id, @RequestParam String reason, Model model) {
        try {
            breakGlass.open(actor, new PersonId(id), reason);
            return "redirect:/persons/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("personId", id);
            model.addAttribute("reason", reason);
            model.addAttribute("problem", "Say why you need emergency access, in at least 10 characters.");
            return "record/denied";
        }
    }

    @GetMapping("/persons/{id}/access-log")
    String accessLog(Actor actor, @PathVariable UUID id, Model model) {
        PersonId person = new PersonId(id);
        model.addAttribute("entries", accessLog.of(actor, person));
        model.addAttribute("person", register.read(actor, person));
        return "record/access-log";
    }

    @GetMapping("/me")
    String me(Actor actor, Model model) {
        if (actor.person() != null) {
            return "redirect:/me/" + actor.person();
        }
        List<Person> people = actor.accountId() == null ? List.of()
                : register.list(actor, accounts.peopleActedFor(actor.accountId()));
        if (people.size() == 1) {
            return "redirect:/me/" + people.get(0).id();
        }
        model.addAttribute("people", people);
        return "record/choose";
    }

    @GetMapping("/me/{id}")
    String myRecord(Actor actor, @PathVariable UUID id, Model model) {
        PersonId person = new PersonId(id);
        OwnRecord own = records.openWithDiscussion(actor, person);
        model.addAttribute("record", own.record());
        model.addAttribute("discussion", own.discussion());
        model.addAttribute("accessLog", accessLog.of(actor, person).stream().limit(10).toList());
        return "record/me";
    }

    /** A refused record page explains why and, for practitioners, offers break-glass. */
    @ExceptionHandler(RecordAccessDeniedException.class)
    ModelAndView denied(RecordAccessDeniedException e, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("record/denied");
        page.setStatus(HttpStatus.FORBIDDEN);
        page.addObject("detail", e.getMessage());
        page.addObject("breakGlassAvailable", e.breakGlassPossible());
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        page.addObject("personId", variables == null ? null : variables.get("id"));
        return page;
    }
}
