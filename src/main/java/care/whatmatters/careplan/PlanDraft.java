package care.whatmatters.careplan;

import care.whatmatters.careplan.domain.SupportComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan as a connected system sends it: the review date (null: keep it, or a year ahead for a new plan),
 * the contingency plan and the actions. What matters and goals travel separately (goals one by one), because
 * that is how FHIR carries them.
 */
public record PlanDraft(LocalDate reviewDate, String contingency, List<Action> actions) {

    /**
     * One action; {@code id} null for a new one, else the id of the action it changes. Goal, owner and date
     * may be missing while the plan is a draft.
     */
    public record Action(UUID id, UUID goalId, String description, String owner, LocalDate dueDate,
            SupportComponent component) {
    }
}
