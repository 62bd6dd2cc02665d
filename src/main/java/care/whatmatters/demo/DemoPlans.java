package care.whatmatters.demo;

import care.whatmatters.access.Actor;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.domain.ActionDetails;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.PlanStatus;
import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.shared.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Writes a demo plan through the planning API and walks it through its life cycle to the wanted status. */
@Component
class DemoPlans {

    private final CarePlanning planning;
    private final Clock clock;

    DemoPlans(CarePlanning planning, Clock clock) {
        this.planning = planning;
        this.clock = clock;
    }

    void seed(Actor author, PersonId person, CastFile.CastPlan wanted) {
        LocalDate today = LocalDate.now(clock);
        CarePlan plan = planning.start(author, person, today.plusDays(wanted.reviewInDays()), wanted.contingency());
        long version = plan.version();
        for (CastFile.CastItem item : wanted.items()) {
            var matters = planning.addWhatMatters(author, person, version, item.whatMatters());
            version = matters.plan().version();
            for (CastFile.CastGoal g : item.goals()) {
                var goal = planning.addGoal(author, person, version, matters.result(), g.text());
                version = goal.plan().version();
                for (CastFile.CastAction a : g.actions()) {
                    version = planning.addAction(author, person, version, action(goal.result(), a, today)).plan()
                            .version();
                }
            }
        }
        walkTo(PlanStatus.valueOf(wanted.status()), author, person, version);
    }

    private void walkTo(PlanStatus wanted, Actor author, PersonId person, long version) {
        if (wanted == PlanStatus.DRAFT) {
            return;
        }
        long v = planning.agree(author, person, version, true, "the person and " + author.name()).plan().version();
        if (wanted == PlanStatus.ACTIVE || wanted == PlanStatus.UNDER_REVIEW) {
            v = planning.activate(author, person, v).version();
        }
        if (wanted == PlanStatus.UNDER_REVIEW) {
            planning.startReview(author, person, v);
        }
    }

    private static ActionDetails action(UUID goal, CastFile.CastAction a, LocalDate today) {
        return new ActionDetails(goal, a.description(), a.owner(), today.plusDays(a.dueInDays()),
                SupportComponent.valueOf(a.component()));
    }
}
