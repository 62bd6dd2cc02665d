package care.whatmatters.budget.domain;

import static care.whatmatters.budget.domain.DecisionOutcome.APPROVED;
import static care.whatmatters.budget.domain.DecisionOutcome.APPROVED_WITH_CHANGES;
import static care.whatmatters.budget.domain.DecisionOutcome.REFUSED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The coded reasons an approver gives with every decision, so decisions can be counted and compared; the
 * approver also writes an explanation the person can read. Refusals and reductions must be reconsidered
 * and reasons given (SI 2013/2354, domain brief §1.6). The codes are this project's design, not a
 * national code list.
 */
public enum DecisionReason {
    A01("The plan meets the assessed needs and is clinically and financially appropriate", EnumSet.of(APPROVED)),
    A02("The budget meets the assessed need and the top-up pays for the person's preferred option",
            EnumSet.of(APPROVED)),
    A03("On reconsideration, the earlier decision is changed", EnumSet.of(APPROVED, APPROVED_WITH_CHANGES)),
    C01("A line costs more than meeting the assessed need requires", EnumSet.of(APPROVED_WITH_CHANGES)),
    C02("A line is not linked to an outcome in the agreed plan", EnumSet.of(APPROVED_WITH_CHANGES)),
    C03("An equivalent option at lower cost meets the same need", EnumSet.of(APPROVED_WITH_CHANGES)),
    C04("Part of the request is already funded by another service", EnumSet.of(APPROVED_WITH_CHANGES)),
    E01("The extra spending is justified: an unavoidable rise in cost", EnumSet.of(APPROVED, APPROVED_WITH_CHANGES)),
    E02("The extra spending is justified: an urgent need to keep the person safe",
            EnumSet.of(APPROVED, APPROVED_WITH_CHANGES)),
    R01("The person is not eligible on the basis given", EnumSet.of(REFUSED)),
    R02("The plan does not meet the person's assessed health and wellbeing needs", EnumSet.of(REFUSED)),
    R03("The plan includes something a personal health budget cannot be spent on", EnumSet.of(REFUSED)),
    R04("More information is needed before a decision can be made", EnumSet.of(REFUSED)),
    R05("A risk to the person's safety is not addressed in the plan", EnumSet.of(REFUSED)),
    R06("The extra spending must be met from within the approved budget", EnumSet.of(REFUSED)),
    R07("On reconsideration, the earlier decision stands", EnumSet.of(REFUSED));

    private final String label;
    private final Set<DecisionOutcome> outcomes;

    DecisionReason(String label, Set<DecisionOutcome> outcomes) {
        this.label = label;
        this.outcomes = outcomes;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    public boolean fits(DecisionOutcome outcome) {
        return outcomes.contains(outcome);
    }

    /** Which kinds of request a reason may answer: reconsideration codes answer reconsiderations only, and so on. */
    public boolean answers(RequestKind kind) {
        return switch (this) {
            case A03, R07 -> kind == RequestKind.RECONSIDERATION;
            case E01, E02, R06 -> kind == RequestKind.EXCEPTION;
            default -> kind != RequestKind.EXCEPTION;
        };
    }
}
