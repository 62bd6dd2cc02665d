package care.whatmatters.budget.web;

import care.whatmatters.budget.PaymentOrder;
import care.whatmatters.budget.domain.BudgetTerms;
import care.whatmatters.budget.domain.Decision;
import care.whatmatters.budget.domain.DecisionOutcome;
import care.whatmatters.budget.domain.DecisionReason;
import care.whatmatters.budget.domain.Eligibility;
import care.whatmatters.budget.domain.EligibilityBasis;
import care.whatmatters.budget.domain.LineDetails;
import care.whatmatters.budget.domain.LineFunding;
import care.whatmatters.budget.domain.ManagementMode;
import care.whatmatters.budget.domain.Quantity;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.Money;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Request bodies of the budget API and forms. Amounts arrive as text in pounds and pence ("4800.00",
 * "£4,800"), dates as YYYY-MM-DD and codes as text, so that every mistake is reported against its field.
 */
final class BudgetRequests {

    private BudgetRequests() {
    }

    record Terms(String title, String basis, String eligibilityNote, String coordinator, String startsOn) {
        BudgetTerms toTerms() {
            InputCheck check = new InputCheck().required("basis", basis);
            EligibilityBasis b = check.choice("basis", EligibilityBasis.class, basis);
            LocalDate starts = check.date("startsOn", startsOn);
            check.orThrow();
            return new BudgetTerms(title, new Eligibility(b, eligibilityNote), coordinator, starts);
        }
    }

    record Indicative(String ruleKey, Map<String, String> inputs) {
    }

    record NewFunder(String kind, String name) {
    }

    record Share(UUID funderId, String amount) {
    }

    record Line(UUID planActionId, String description, String provider, UUID directoryServiceId, String unitCost,
            String quantity, String mode, List<Share> funding) {
        LineDetails toDetails() {
            InputCheck check = new InputCheck();
            Money unit = unitCost == null ? null : check.value(() -> Money.parse("unitCost", unitCost));
            Quantity q = quantity == null ? null : check.value(() -> Quantity.parse("quantity", quantity));
            ManagementMode m = check.choice("mode", ManagementMode.class, mode);
            List<LineFunding> shares = funding == null ? List.of() : funding.stream().map(s -> new LineFunding(
                    s.funderId(), check.value(() -> Money.parse("funding", s.amount())))).toList();
            check.orThrow();
            return new LineDetails(planActionId, description, provider, directoryServiceId, unit, q, m, shares);
        }
    }

    record Submit(String askedOn, String note) {
    }

    record Reason(String reason) {
    }

    record StatusChange(String reasonCode, String explanation) {
    }

    record Reconsideration(String askedOn, String reasons) {
    }

    record ExceptionRequest(UUID lineId, String amount, String reason) {
    }

    record ReviewAsk(String trigger, String note, String askedOn) {
    }

    record ReviewHeld(String heldOn, String outcome, String notes) {
    }

    record Payment(UUID lineId, String amount, String payee, String paidOn, String description) {
        PaymentOrder toOrder() {
            InputCheck check = new InputCheck().required("amount", amount);
            Money money = amount == null ? null : check.value(() -> Money.parse("amount", amount));
            LocalDate paid = check.date("paidOn", paidOn);
            check.orThrow();
            return new PaymentOrder(lineId, money, payee, paid, description);
        }
    }

    record Refund(UUID lineId, String amount, String from, String receivedOn, String reason) {
    }

    record LineAmount(UUID lineId, String approved) {
    }

    record DecisionBody(String outcome, String reasonCode, String explanation, List<LineAmount> lines) {
        Decision.Draft toDraft() {
            InputCheck check = new InputCheck().required("outcome", outcome).required("reasonCode", reasonCode);
            DecisionOutcome o = check.choice("outcome", DecisionOutcome.class, outcome);
            DecisionReason r = check.choice("reasonCode", DecisionReason.class, reasonCode);
            Map<UUID, Money> amounts = new LinkedHashMap<>();
            if (lines != null) {
                lines.forEach(l -> {
                    check.required("lines", l.lineId());
                    Money m = check.value(() -> Money.parse("lines", l.approved()));
                    if (l.lineId() != null && m != null) {
                        amounts.put(l.lineId(), m);
                    }
                });
            }
            check.orThrow();
            return new Decision.Draft(o, r, explanation, amounts);
        }
    }

    static Money money(String field, String value) {
        return Money.parse(field, value);
    }

    static LocalDate optionalDate(String field, String value) {
        InputCheck check = new InputCheck();
        LocalDate date = check.date(field, value);
        check.orThrow();
        return date;
    }

    static <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        InputCheck check = new InputCheck().required(field, value);
        E chosen = check.choice(field, type, value);
        check.orThrow();
        return chosen;
    }

    static <T> T body(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "is required");
        }
        return body;
    }
}
