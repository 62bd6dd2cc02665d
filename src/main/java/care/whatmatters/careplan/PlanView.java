package care.whatmatters.careplan;

import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.Goal;
import care.whatmatters.careplan.domain.PlanAction;
import care.whatmatters.careplan.domain.PlanContent;
import care.whatmatters.careplan.domain.WhatMattersItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The plan as the JSON API shows it. {@code version} counts every saved change and is what an edit sends
 * back in If-Match; {@code agreedVersion} is the number of the latest agreed version (0 if never agreed).
 */
public record PlanView(UUID id, String status, long version, int agreedVersion, LocalDate reviewDate,
        String contingency, List<WhatMattersView> whatMatters, List<GoalView> goals, List<ActionView> actions,
        String closeReason, String updatedBy, Instant updatedAt) {

    public static PlanView of(CarePlan plan) {
        PlanContent c = plan.content();
        return new PlanView(plan.id(), plan.status().name(), plan.version(), plan.agreedVersion(), c.reviewDate(),
                c.contingency(), c.whatMatters().stream().map(WhatMattersView::of).toList(),
                c.goals().stream().map(GoalView::of).toList(), c.actions().stream().map(ActionView::of).toList(),
                plan.closeReason(), plan.updated().by(), plan.updated().at());
    }

    public record WhatMattersView(UUID id, String text) {
        public static WhatMattersView of(WhatMattersItem w) {
            return new WhatMattersView(w.id(), w.text());
        }
    }

    public record GoalView(UUID id, UUID whatMattersId, String text) {
        public static GoalView of(Goal g) {
            return new GoalView(g.id(), g.whatMattersId(), g.text());
        }
    }

    public record ActionView(UUID id, UUID goalId, String description, String owner, LocalDate dueDate,
            String component, String progress) {
        public static ActionView of(PlanAction a) {
            return new ActionView(a.id(), a.goalId(), a.description(), a.owner(), a.dueDate(), a.component().name(),
                    a.progress().name());
        }
    }
}
