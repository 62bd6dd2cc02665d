package care.whatmatters.decision.web;

import care.whatmatters.access.Actor;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.decision.ChoiceOffers;
import care.whatmatters.decision.PlanLink;
import care.whatmatters.decision.SharedDecisions;
import care.whatmatters.decision.domain.DecisionDraft;
import care.whatmatters.decision.domain.DecisionOption;
import care.whatmatters.decision.domain.SharedDecision;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import java.util.ArrayList;
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

/** Recording a shared decision (BRAN), reading its summary, answering the person's flag, collaboRATE. */
@Controller
class DecisionPages {

    static final int OPTION_ROWS = 4;

    private final SharedDecisions decisions;
    private final ChoiceOffers choices;
    private final CarePlanning planning;
    private final PersonRegister register;

    DecisionPages(SharedDecisions decisions, ChoiceOffers choices, CarePlanning planning, PersonRegister register) {
        this.decisions = decisions;
        this.choices = choices;
        this.planning = planning;
        this.register = register;
    }

    @GetMapping("/persons/{id}/decisions")
    String list(Actor actor, @PathVariable UUID id, Model model) {
        PersonId person = new PersonId(id);
        model.addAttribute("person", register.read(actor, person));
        model.addAttribute("onRecord", decisions.onRecord(actor, person));
        model.addAttribute("choices", choices.current(actor, person));
        model.addAttribute("actions", planActions(actor, person));
        model.addAttribute("labels", DecisionLabels.LABELS);
        return "decision/decisions";
    }

    @GetMapping("/persons/{id}/decisions/new")
    String form(Actor actor, @PathVariable UUID id, Model model) {
        PersonId person = new PersonId(id);
        model.addAttribute("person", register.read(actor, person));
        model.addAttribute("actions", planActions(actor, person));
        model.addAttribute("draft", Map.of());
        model.addAttribute("rows", OPTION_ROWS);
        model.addAttribute("labels", DecisionLabels.LABELS);
        return "decision/new";
    }

    @PostMapping("/persons/{id}/decisions")
    String record(Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PersonId person = new PersonId(id);
        try {
            DecisionDraft draft = draft(form);
            SharedDecision saved = decisions.record(actor, person, draft, chosenIndex(form.get("chosen"), form, draft),
                    form.get("reasons"), link(form.get("completeAction")));
            redirect.addFlashAttribute("notice", "The shared decision is recorded.");
            return "redirect:/persons/" + id + "/decisions/" + saved.id();
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.byField());
        } catch (ConflictException | NotFoundException e) {
            model.addAttribute("problems", Map.of("form", e.getMessage()));
        }
        model.addAttribute("draft", form);
        model.addAttribute("person", register.read(actor, person));
        model.addAttribute("actions", planActions(actor, person));
        model.addAttribute("rows", OPTION_ROWS);
        model.addAttribute("labels", DecisionLabels.LABELS);
        return "decision/new";
    }

    @GetMapping("/persons/{id}/decisions/{decision}")
    String decision(Actor actor, @PathVariable UUID id, @PathVariable UUID decision, Model model) {
        PersonId person = new PersonId(id);
        var onRecord = decisions.onRecord(actor, person);
        model.addAttribute("person", register.read(actor, person));
        model.addAttribute("d", onRecord.decisions().stream().filter(x -> x.id().equals(decision)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no shared decision with that id on this record.")));
        model.addAttribute("rating", onRecord.rating(decision).orElse(null));
        model.addAttribute("actions", planActions(actor, person));
        model.addAttribute("labels", DecisionLabels.LABELS);
        return "decision/decision";
    }

    @PostMapping("/persons/{id}/decisions/{decision}/decide")
    String decide(Actor actor, @PathVariable UUID id, @PathVariable UUID decision,
            @RequestParam(required = false) UUID chosenOption, @RequestParam(required = false) String reasons,
            @RequestParam(required = false) String completeAction, Model model, RedirectAttributes redirect) {
        return change(actor, id, decision, null, model, redirect, "The decision is recorded.",
                () -> decisions.decide(actor, new PersonId(id), decision, chosenOption, reasons, link(completeAction)));
    }

    @PostMapping("/persons/{id}/decisions/{decision}/not-my-decision")
    String flag(Actor actor, @PathVariable UUID id, @PathVariable UUID decision,
            @RequestParam(required = false) String words, @RequestParam(required = false) String back, Model model,
            RedirectAttributes redirect) {
        return change(actor, id, decision, back, model, redirect,
                "Thank you. Your care team has been told that this is not what you decided.",
                () -> decisions.flagNotMine(actor, new PersonId(id), decision, words));
    }

    @PostMapping("/persons/{id}/decisions/{decision}/flag-response")
    String answer(Actor actor, @PathVariable UUID id, @PathVariable UUID decision,
            @RequestParam(required = false) String response, Model model, RedirectAttributes redirect) {
        return change(actor, id, decision, null, model, redirect, "Your answer is recorded and shown to the person.",
                () -> decisions.answerFlag(actor, new PersonId(id), decision, response));
    }

    @PostMapping("/persons/{id}/decisions/{decision}/collaborate")
    String collaborate(Actor actor, @PathVariable UUID id, @PathVariable UUID decision,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return change(actor, id, decision, null, model, redirect, "The collaboRATE answers are recorded.", () -> {
            List<Integer> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String a = form.get("c" + i);
                answers.add(a == null || a.isBlank() || !a.strip().matches("-?\\d{1,3}") ? null : Integer.valueOf(a.strip()));
            }
            return decisions.rateEncounter(actor, new PersonId(id), decision, answers);
        });
    }

    @PostMapping("/persons/{id}/choice-offers")
    String offer(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID subjectId,
            @RequestParam(defaultValue = "true") boolean offered, @RequestParam(required = false) String providers,
            @RequestParam(required = false) String providerChosen, @RequestParam(required = false) String exclusion,
            @RequestParam(required = false) String exclusionDetail, RedirectAttributes redirect) {
        try {
            List<String> named = providers == null ? List.of() : providers.lines().toList();
            choices.record(actor, new PersonId(id), new DecisionRequests.Offer("PLAN_ACTION", subjectId, offered,
                    named, providerChosen, exclusion, exclusionDetail).toOffer());
            redirect.addFlashAttribute("notice", "The choice offer is recorded.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.byField());
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("problems", Map.of("form", e.getMessage()));
        }
        return "redirect:/persons/" + id + "/decisions#choice";
    }

    private String change(Actor actor, UUID id, UUID decision, String back, Model model, RedirectAttributes redirect,
            String done, Supplier<?> change) {
        try {
            change.get();
            redirect.addFlashAttribute("notice", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.byField());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", Map.of("form", e.getMessage()));
        }
        return "me".equals(back) ? "redirect:/me/" + id + "#decisions"
                : "redirect:/persons/" + id + "/decisions/" + decision;
    }

    /** The option rows typed (blank rows left out), then doing nothing, last. */
    static DecisionDraft draft(Map<String, String> form) {
        List<DecisionOption> options = new ArrayList<>();
        for (int i = 0; i < OPTION_ROWS; i++) {
            String title = form.get("o" + i + "title");
            String benefits = form.get("o" + i + "benefits");
            String risks = form.get("o" + i + "risks");
            if (filled(form, i)) {
                options.add(new DecisionOption(Ids.newId(), title, benefits, risks, false));
            }
        }
        if (!blank(form.get("nothingBenefits")) || !blank(form.get("nothingRisks"))) {
            options.add(new DecisionOption(Ids.newId(), "Doing nothing", form.get("nothingBenefits"),
                    form.get("nothingRisks"), true));
        }
        return new DecisionDraft(form.get("question"), form.get("whatMattersMost"), options, form.get("aidsUsed"),
                form.get("participants"));
    }

    /** The chosen radio ("0".."3" for the rows, "nothing") as an index into the options kept. */
    static Integer chosenIndex(String chosen, Map<String, String> form, DecisionDraft draft) {
        if (blank(chosen)) {
            return null;
        }
        if ("nothing".equals(chosen)) {
            if (draft.options().isEmpty() || !draft.options().getLast().doingNothing()) {
                throw InvalidInputException.of("chosenOption", "is doing nothing: describe what doing nothing means");
            }
            return draft.options().size() - 1;
        }
        int row;
        try {
            row = Integer.parseInt(chosen);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("chosenOption", "must be one of the options you described");
        }
        if (row < 0 || row >= OPTION_ROWS || !filled(form, row)) {
            throw InvalidInputException.of("chosenOption", "must be one of the options you described");
        }
        int index = 0;
        for (int i = 0; i < row; i++) {
            index += filled(form, i) ? 1 : 0;
        }
        return index;
    }

    private static boolean filled(Map<String, String> form, int row) {
        return !blank(form.get("o" + row + "title")) || !blank(form.get("o" + row + "benefits"))
                || !blank(form.get("o" + row + "risks"));
    }

    private List<care.whatmatters.careplan.domain.PlanAction> planActions(Actor actor, PersonId person) {
        try {
            return planning.read(actor, person).content().actions();
        } catch (NotFoundException noPlan) {
            return List.of();
        }
    }

    private static PlanLink link(String completeAction) {
        return blank(completeAction) ? PlanLink.NONE : PlanLink.completing(Ids.parse("completeAction", completeAction));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
