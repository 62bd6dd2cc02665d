package care.whatmatters.careplan;

import care.whatmatters.careplan.domain.AgreedVersion;
import care.whatmatters.careplan.domain.PlanContent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An agreed version of the plan, as it was agreed. */
public record AgreedVersionView(int number, Instant agreedAt, String recordedBy, String recordedByRole,
        boolean personAgreed, String participants, LocalDate reviewDate, String contingency,
        List<PlanView.WhatMattersView> whatMatters, List<PlanView.GoalView> goals,
        List<PlanView.ActionView> actions) {

    public static AgreedVersionView of(AgreedVersion v) {
        PlanContent c = v.content();
        return new AgreedVersionView(v.number(), v.agreement().at(), v.agreement().recordedBy(),
                v.agreement().recordedByRole(), v.agreement().personAgreed(), v.agreement().participants(),
                c.reviewDate(), c.contingency(), c.whatMatters().stream().map(PlanView.WhatMattersView::of).toList(),
                c.goals().stream().map(PlanView.GoalView::of).toList(),
                c.actions().stream().map(PlanView.ActionView::of).toList());
    }
}
