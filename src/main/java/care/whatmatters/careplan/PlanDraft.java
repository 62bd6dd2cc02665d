package care.whatmatters.careplan;

import care.whatmatters.careplan.domain.SupportComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan as a connected system sends it: the review date (null: keep it, or a year ahead for a new plan),
 * the contingency plan, the actions, and the new goals that came with it. Goals usually travel separately
 * (one by one, as FHIR carries them); a FHIR transaction that sends a plan together with the goals it names
 * brings them here, so the plan is written once, whole. What matters travels separately.
 */
public record PlanDraft(LocalDate reviewDate, String contingency, List<Action> actions, List<NewGoal> goals) {

    public PlanDraft {
        actions = List.copyOf(actions);
        goals = List.copyOf(goals);
    }

    public PlanDraft(LocalDate reviewDate, String contingency, List<Action> actions) {
        this(reviewDate, contingency, actions, List.of());
    }

    /** The same plan, arriving with these new goals. */
    public PlanDraft withGoals(List<NewGoal> newGoals) {
        return new PlanDraft(reviewDate, contingency, actions, newGoals);
    }

    /**
     * One action; {@code id} null for a new one, else the id of the action it changes. Goal, owner and date
     * may be missing while the plan is a draft. Its goal may be one of the draft's new goals.
     */
    public record Action(UUID id, UUID goalId, String description, String owner, LocalDate dueDate,
            SupportComponent component) {
    }

    /**
     * A goal that arrives with the plan, in the person's words, under the id it will have: chosen by the sender's
     * adapter (a new, time-ordered id) so that the plan's actions can name it before it is written.
     */
    public record NewGoal(UUID id, String text) {
    }
}
