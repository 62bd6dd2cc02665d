package care.whatmatters.budget.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.Stamp;
import java.util.Map;
import java.util.UUID;

/**
 * An approver's decision: the outcome, a coded reason, an explanation written for the person, and, when
 * approving with changes, the amount approved for each changed line.
 */
public record Decision(DecisionOutcome outcome, DecisionReason reason, String explanation, Map<UUID, Money> amounts,
        Stamp decided) {

    public Decision {
        amounts = amounts == null ? Map.of() : Map.copyOf(amounts);
    }

    /** A decision as the approver made it, before it is signed and dated. */
    public record Draft(DecisionOutcome outcome, DecisionReason reason, String explanation, Map<UUID, Money> amounts) {

        public Decision stamped(Stamp stamp) {
            return new Decision(outcome, reason, explanation, amounts, stamp);
        }
    }

    /** Checks the decision can answer a request of this kind. */
    void check(RequestKind kind) {
        InputCheck check = new InputCheck().required("outcome", outcome).required("reasonCode", reason)
                .requiredText("explanation", explanation, FreeText.LONG);
        if (outcome != null && reason != null) {
            check.that(reason.fits(outcome), "reasonCode", "does not fit the decision '" + outcome.label() + "'")
                    .that(reason.answers(kind), "reasonCode", "is not a reason for a " + kind.label().toLowerCase());
        }
        if (outcome == DecisionOutcome.APPROVED_WITH_CHANGES) {
            check.that(!amounts.isEmpty(), "lines", "must say what is approved for each line you change");
        } else if (outcome != null) {
            check.that(amounts.isEmpty(), "lines", "are changed only when approving with changes");
        }
        check.orThrow();
    }
}
