package care.whatmatters.budget.web;

import static care.whatmatters.budget.web.BudgetPageSupport.nz;

import care.whatmatters.access.Actor;
import care.whatmatters.budget.BudgetRecords;
import care.whatmatters.budget.BudgetSetup;
import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.FunderKind;
import care.whatmatters.budget.web.BudgetPageSupport.Back;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import java.util.LinkedHashMap;
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
 * The person's budgets and the team's budget page: setting a budget up, working out the indicative budget,
 * adding funders and costed lines, all as plain forms. Every form carries the version it was shown with.
 */
@Controller
@RequestMapping("/persons/{id}/budgets")
class BudgetPages {

    private final BudgetRecords records;
    private final BudgetSetup setup;
    private final BudgetPageSupport pages;

    BudgetPages(BudgetRecords records, BudgetSetup setup, BudgetPageSupport pages) {
        this.records = records;
        this.setup = setup;
        this.pages = pages;
    }

    @GetMapping
    String list(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("list", records.list(actor, new PersonId(id)));
        BudgetPageSupport.addChoices(model);
        return "budget/list";
    }

    @PostMapping
    String open(Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        try {
            Budget budget = setup.open(actor, new PersonId(id), new BudgetRequests.Terms(form.get("title"),
                    form.get("basis"), form.get("eligibilityNote"), form.get("coordinator"), form.get("startsOn"))
                    .toTerms());
            return "redirect:/persons/" + id + "/budgets/" + budget.id();
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("problems", e instanceof InvalidInputException i ? i.byField()
                    : Map.of("form", e.getMessage()));
            model.addAttribute("draft", form);
            return list(actor, id, model);
        }
    }

    @GetMapping("/{budgetId}")
    String budget(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId, Model model) {
        return pages.page(actor, id, budgetId, Back.BUDGET, model);
    }

    @PostMapping("/{budgetId}/indicative")
    String indicative(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId, @RequestParam long version,
            @RequestParam String ruleKey, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        Map<String, String> inputs = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("inputs.")) {
                inputs.put(k.substring("inputs.".length()), v);
            }
        });
        return pages.change(actor, id, budgetId, Back.BUDGET, "indicative", "indicative-" + ruleKey, form, model,
                redirect, () -> {
                    setup.calculateIndicative(actor, new PersonId(id), budgetId, version, ruleKey, inputs);
                    return "The indicative budget is worked out.";
                });
    }

    @PostMapping("/{budgetId}/funders")
    String addFunder(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId, @RequestParam long version,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String name, Model model,
            RedirectAttributes redirect) {
        return pages.change(actor, id, budgetId, Back.BUDGET, "funders", "funder", Map.of("kind", nz(kind), "name",
                nz(name)), model, redirect, () -> {
                    setup.addFunder(actor, new PersonId(id), budgetId, version,
                            BudgetRequests.choice("kind", FunderKind.class, kind), name);
                    return "Funder added.";
                });
    }

    @PostMapping("/{budgetId}/lines")
    String addLine(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId, @RequestParam long version,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, budgetId, Back.BUDGET, "lines", "line", form, model, redirect, () -> {
            setup.addLine(actor, new PersonId(id), budgetId, version, LineForm.read(form).toDetails());
            return "Line added to the costed plan.";
        });
    }

    @PostMapping("/{budgetId}/lines/{lineId}/void")
    String voidLine(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId, @PathVariable UUID lineId,
            @RequestParam long version, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        return pages.change(actor, id, budgetId, Back.BUDGET, "lines", "void-" + lineId, Map.of("reason", nz(reason)),
                model, redirect, () -> {
                    setup.voidLine(actor, new PersonId(id), budgetId, version, lineId, reason);
                    return "Line removed from the costed plan.";
                });
    }

    @PostMapping("/{budgetId}/submit")
    String submit(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId, @RequestParam long version,
            @RequestParam(required = false) String askedOn, @RequestParam(required = false) String note, Model model,
            RedirectAttributes redirect) {
        return pages.change(actor, id, budgetId, Back.BUDGET, "approval", "submit", Map.of("askedOn", nz(askedOn),
                "note", nz(note)), model, redirect, () -> {
                    setup.submit(actor, new PersonId(id), budgetId, version,
                            BudgetRequests.optionalDate("askedOn", askedOn), note);
                    return "Sent to the budget approvers.";
                });
    }

    @PostMapping("/{budgetId}/revise")
    String revise(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId, @RequestParam long version,
            Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, budgetId, Back.BUDGET, "lines", "revise", Map.of(), model, redirect, () -> {
            setup.revise(actor, new PersonId(id), budgetId, version);
            return "The costed plan can be changed and sent again.";
        });
    }
}
