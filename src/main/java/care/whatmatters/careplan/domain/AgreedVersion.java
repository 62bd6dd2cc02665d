package care.whatmatters.careplan.domain;

/** A version of the plan as it was agreed, frozen: later changes never alter it. */
public record AgreedVersion(int number, Agreement agreement, PlanContent content) {
}
