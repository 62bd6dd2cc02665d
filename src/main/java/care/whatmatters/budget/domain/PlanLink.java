package care.whatmatters.budget.domain;

import java.util.Map;
import java.util.UUID;

/**
 * What the budget needs to know about the person's care and support plan: whether it has been agreed with
 * them, and its live actions (the things a costed line can pay for).
 */
public record PlanLink(boolean agreed, Map<UUID, LinkedAction> actions) {

    public PlanLink {
        actions = Map.copyOf(actions);
    }

    public static PlanLink none() {
        return new PlanLink(false, Map.of());
    }

    public boolean has(UUID actionId) {
        return actionId != null && actions.containsKey(actionId);
    }

    /**
     * A live action on the plan.
     *
     * @param component which component of personalised care it uses, in words
     * @param cancelled whether its progress says it will not happen
     */
    public record LinkedAction(UUID id, String description, String goal, String component, boolean cancelled) {
    }
}
