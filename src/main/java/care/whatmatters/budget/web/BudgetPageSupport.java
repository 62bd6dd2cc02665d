package care.whatmatters.budget.web;

import care.whatmatters.access.Actor;
import care.whatmatters.budget.BudgetRecords;
import care.whatmatters.budget.domain.DecisionOutcome;
import care.whatmatters.budget.domain.DecisionReason;
import care.whatmatters.budget.domain.EligibilityBasis;
import care.whatmatters.budget.domain.FunderKind;
import care.whatmatters.budget.domain.ManagementMode;
import care.whatmatters.budget.domain.ReviewOutcome;
import care.whatmatters.budget.domain.ReviewTrigger;
import care.whatmatters.budget.domain.StatusReason;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the budget pages share: showing the team's budget page or the person's statement, and turning a
 * refused change into that page again with the problem explained and what was typed still in the form.
 */
@Component
class BudgetPageSupport {

    /** Which page a form came from, and so where its answer goes. */
    enum Back {
        BUDGET, STATEMENT
    }

    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "What the budget is for"), Map.entry("basis", "Eligibility basis"),
            Map.entry("eligibilityNote", "Evidence of eligibility"), Map.entry("coordinator", "Care co-ordinator"),
            Map.entry("startsOn", "Start date"), Map.entry("ruleKey", "Allocation rule"),
            Map.entry("kind", "Kind of funder"), Map.entry("name", "Funder's name"),
            Map.entry("planActionId", "Plan action"), Map.entry("description", "What it buys"),
            Map.entry("provider", "Provider"), Map.entry("unitCost", "Unit cost"), Map.entry("quantity", "Quantity"),
            Map.entry("mode", "How the money is managed"), Map.entry("funding", "Who pays"),
            Map.entry("askedOn", "Date the person asked"), Map.entry("note", "Note"), Map.entry("reason", "Reason"),
            Map.entry("lineId", "Line"), Map.entry("amount", "Amount"), Map.entry("payee", "Paid to"),
            Map.entry("paidOn", "Date paid"), Map.entry("from", "Refunded by"), Map.entry("receivedOn", "Date received"),
            Map.entry("reasonCode", "Reason"), Map.entry("explanation", "Explanation"),
            Map.entry("trigger", "Why a review is needed"), Map.entry("heldOn", "Date of the review"),
            Map.entry("outcome", "Outcome"), Map.entry("notes", "Notes"), Map.entry("lines", "Approved amounts"),
            Map.entry("Idempotency-Key", "Payment form"));

    private final BudgetRecords records;

    BudgetPageSupport(BudgetRecords records) {
        this.records = records;
    }

    String page(Actor actor, UUID person, UUID budget, Back back, Model model) {
        model.addAttribute("w", records.open(actor, new PersonId(person), budget));
        addChoices(model);
        return back == Back.STATEMENT ? "budget/statement" : "budget/budget";
    }

    static void addChoices(Model model) {
        model.addAttribute("labels", LABELS);
        model.addAttribute("bases", EligibilityBasis.values());
        model.addAttribute("funderKinds", FunderKind.values());
        model.addAttribute("modes", ManagementMode.values());
        model.addAttribute("suspendReasons", Arrays.stream(StatusReason.values()).filter(StatusReason::forSuspending).toList());
        model.addAttribute("resumeReasons", Arrays.stream(StatusReason.values()).filter(StatusReason::forResuming).toList());
        model.addAttribute("stopReasons", Arrays.stream(StatusReason.values()).filter(StatusReason::forStopping).toList());
        model.addAttribute("triggers", ReviewTrigger.values());
        model.addAttribute("reviewOutcomes", ReviewOutcome.values());
        model.addAttribute("outcomes", DecisionOutcome.values());
        model.addAttribute("reasons", DecisionReason.values());
        if (!model.containsAttribute("paymentKey")) {
            // A new key each time the form is shown: sending the same form twice pays once.
            model.addAttribute("paymentKey", Ids.newId().toString());
        }
    }

    /**
     * Applies a change and goes back to where the person was, with {@code change}'s notice; a refused change
     * shows the page again with the reason and the form as it was filled in.
     */
    String change(Actor actor, UUID person, UUID budget, Back back, String anchor, String form,
            Map<String, String> draft, Model model, RedirectAttributes redirect, Supplier<String> change) {
        Map<String, String> problems;
        try {
            String notice = change.get();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
            }
            return "redirect:" + path(person, budget, back) + (anchor == null ? "" : "#" + anchor);
        } catch (InvalidInputException e) {
            problems = e.byField();
        } catch (ConflictException e) {
            problems = Map.of("form", e.getMessage());
        }
        model.addAttribute("problems", problems);
        model.addAttribute("failedForm", form);
        model.addAttribute("draft", draft);
        return page(actor, person, budget, back, model);
    }

    static String path(UUID person, UUID budget, Back back) {
        return "/persons/" + person + "/budgets/" + budget + (back == Back.STATEMENT ? "/statement" : "");
    }

    static String nz(String value) {
        return value == null ? "" : value;
    }

    static UUID id(String field, String value) {
        return value == null || value.isBlank() ? null : Ids.parse(field, value);
    }
}
