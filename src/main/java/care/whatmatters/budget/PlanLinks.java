package care.whatmatters.budget;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.budget.domain.PlanLink;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.domain.ActionProgress;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.Goal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What the budget needs from the person's care and support plan, read through the care plan module's API. */
@Component
class PlanLinks {

    private final CarePlanning planning;

    PlanLinks(CarePlanning planning) {
        this.planning = planning;
    }

    PlanLink of(AccessGrant grant) {
        return planning.current(grant).filter(p -> p.status().isOpen()).map(PlanLinks::link).orElse(PlanLink.none());
    }

    private static PlanLink link(CarePlan plan) {
        Map<java.util.UUID, String> goals = plan.content().goals().stream()
                .collect(Collectors.toMap(Goal::id, Goal::text));
        return new PlanLink(plan.agreedVersion() > 0, plan.content().actions().stream()
                .map(a -> new PlanLink.LinkedAction(a.id(), a.description(), goals.get(a.goalId()),
                        a.component().label(), a.progress() == ActionProgress.CANCELLED))
                .collect(Collectors.toMap(PlanLink.LinkedAction::id, Function.identity())));
    }
}
