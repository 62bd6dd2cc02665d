package care.whatmatters.outcome.web;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.outcome.GoalAttainment;
import care.whatmatters.outcome.LicensedInstrument;
import care.whatmatters.outcome.LicensedMeasures;
import care.whatmatters.outcome.OutcomeRecords;
import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.CopmProblem;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outcomes pages: change over time (a chart with a table beside it), and the questionnaire forms, which
 * the person answers in their own view or a practitioner enters from a registered or licensed copy.
 */
@Controller
class OutcomePages {

    private final OutcomeRecords records;
    private final GoalAttainment attainment;
    private final LicensedMeasures licences;
    private final PersonRegister register;

    OutcomePages(OutcomeRecords records, GoalAttainment attainment, LicensedMeasures licences,
            PersonRegister register) {
        this.records = records;
        this.attainment = attainment;
        this.licences = licences;
        this.register = register;
    }

    @GetMapping("/persons/{id}/outcomes")
    String outcomes(Actor actor, @PathVariable UUID id, Model model) {
        AccessGrant grant = records.grantFor(actor, new PersonId(id));
        model.addAttribute("person", register.get(grant));
        model.addAttribute("summary", records.summary(grant));
        model.addAttribute("measures", List.of(Measure.values()));
        model.addAttribute("byPerson", grant.byPersonOrRepresentative());
        model.addAttribute("licensed", Map.of("COPM", licences.holds(actor, LicensedInstrument.COPM),
                "EQ5D", licences.holds(actor, LicensedInstrument.EQ5D)));
        return "outcome/outcomes";
    }

    @GetMapping("/persons/{id}/outcomes/{measure}/new")
    String form(Actor actor, @PathVariable UUID id, @PathVariable String measure,
            @RequestParam(required = false) String back, Model model) {
        Measure m = Measure.byCode(measure);
        if (m == Measure.GAS) {
            return "redirect:/persons/" + id + "/outcomes/gas";
        }
        model.addAttribute("person", register.get(records.grantFor(actor, new PersonId(id))));
        model.addAttribute("measure", m);
        model.addAttribute("back", back);
        model.addAttribute("form", Questionnaires.of(m));
        model.addAttribute("draft", Map.of());
        return "outcome/questionnaire";
    }

    @PostMapping("/persons/{id}/outcomes/{measure}")
    String record(Actor actor, @PathVariable UUID id, @PathVariable String measure,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Measure m = Measure.byCode(measure);
        String back = form.get("back");
        try {
            InputCheck check = new InputCheck();
            LocalDate on = check.date("answeredOn", form.get("answeredOn"));
            check.orThrow();
            records.record(actor, new PersonId(id), m, on, answers(m, form));
            redirect.addFlashAttribute("notice", "Thank you: your answers to the " + m.title() + " are saved.");
            return "me".equals(back) ? "redirect:/me/" + id + "#wellbeing" : "redirect:/persons/" + id + "/outcomes";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.byField());
        } catch (ConflictException e) {
            model.addAttribute("problems", Map.of("form", e.getMessage()));
        }
        model.addAttribute("draft", form);
        model.addAttribute("person", register.get(records.grantFor(actor, new PersonId(id))));
        model.addAttribute("measure", m);
        model.addAttribute("back", back);
        model.addAttribute("form", Questionnaires.of(m));
        return "outcome/questionnaire";
    }

    @PostMapping("/persons/{id}/outcomes/responses/{response}/void")
    String voidResponse(Actor actor, @PathVariable UUID id, @PathVariable UUID response,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            records.voidResponse(actor, new PersonId(id), response, reason);
            redirect.addFlashAttribute("notice", "The response is voided.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("notice", "Say why the response is voided.");
        }
        return "redirect:/persons/" + id + "/outcomes";
    }

    /** Reads the form's answers: item radios a0, a1, …; COPM rows p0/s0 …; EQ-5D index and vas. */
    static Answers answers(Measure m, Map<String, String> form) {
        InputCheck check = new InputCheck();
        Answers answers = switch (m) {
            case COPM -> new Answers.Problems(copm(form, check), null);
            case EQ5D -> new Answers.Eq5dScore(decimal(form.get("index"), "index", check),
                    whole(form.get("vas"), "vas", check));
            default -> {
                List<Integer> items = new ArrayList<>();
                for (int i = 0; i < Questionnaires.of(m).items().size(); i++) {
                    items.add(whole(form.get("a" + i), "answers[" + i + "]", check));
                }
                if (m == Measure.MYCAW && items.get(1) == null && form.getOrDefault("a1", "").isBlank()) {
                    items.remove(1); // a second concern is optional
                }
                yield new Answers.Items(items);
            }
        };
        check.orThrow();
        return answers;
    }

    private static List<CopmProblem> copm(Map<String, String> form, InputCheck check) {
        List<CopmProblem> problems = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String p = form.get("p" + i);
            String s = form.get("s" + i);
            if ((p != null && !p.isBlank()) || (s != null && !s.isBlank())) {
                problems.add(new CopmProblem(whole(p, "problems[" + i + "].performance", check),
                        whole(s, "problems[" + i + "].satisfaction", check)));
            }
        }
        return problems;
    }

    private static Integer whole(String value, String field, InputCheck check) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            check.that(false, field, "must be a whole number");
            return null;
        }
    }

    private static BigDecimal decimal(String value, String field, InputCheck check) {
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
