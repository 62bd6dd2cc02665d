package care.whatmatters.careplan.domain;

import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.time.LocalDate;
import java.util.UUID;

/** A step towards a goal: what will be done, who owns it and by when. */
public record PlanAction(UUID id, UUID goalId, int position, String description, String owner, LocalDate dueDate,
        SupportComponent component, ActionProgress progress, Stamp created, Stamp updated, Voiding voided) {

    static PlanAction of(UUID id, int position, ActionDetails d, Stamp stamp) {
        return new PlanAction(id, d.goalId(), position, d.description(), d.owner(), d.dueDate(), d.component(),
                ActionProgress.NOT_STARTED, stamp, stamp, null);
    }

    PlanAction changed(ActionDetails d, Stamp stamp) {
        return new PlanAction(id, d.goalId(), position, d.description(), d.owner(), d.dueDate(), d.component(),
                progress, created, stamp, voided);
    }

    PlanAction progressed(ActionProgress newProgress, Stamp stamp) {
        return new PlanAction(id, goalId, position, description, owner, dueDate, component, newProgress, created,
                stamp, voided);
    }

    PlanAction voided(Voiding voiding) {
        return new PlanAction(id, goalId, position, description, owner, dueDate, component, progress, created,
                voiding.toStamp(), voiding);
    }

    public boolean live() {
        return voided == null;
    }

    public ActionDetails details() {
        return new ActionDetails(goalId, description, owner, dueDate, component);
    }
}
