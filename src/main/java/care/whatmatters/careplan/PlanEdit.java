package care.whatmatters.careplan;

import care.whatmatters.careplan.domain.CarePlan;

/** The plan as saved after a change, and what the change produced (the id of a new goal, say). */
public record PlanEdit<T>(CarePlan plan, T result) {
}
