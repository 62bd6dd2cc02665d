package care.whatmatters.decision;

import care.whatmatters.careplan.domain.ActionDetails;
import java.util.UUID;

/**
 * What a decision does to the plan: marks the action it carries out as done, or adds a new action (which the
 * plan accepts only while it can change), or nothing.
 */
public record PlanLink(UUID completeAction, ActionDetails newAction) {

    public static final PlanLink NONE = new PlanLink(null, null);

    public static PlanLink completing(UUID action) {
        return new PlanLink(action, null);
    }

    public static PlanLink adding(ActionDetails action) {
        return new PlanLink(null, action);
    }
}
