package care.whatmatters.careplan.domain;

import java.time.LocalDate;
import java.util.List;

/** What a plan says at one moment: the live items, the contingency plan and the review date. */
public record PlanContent(List<WhatMattersItem> whatMatters, List<Goal> goals, List<PlanAction> actions,
        String contingency, LocalDate reviewDate) {

    public PlanContent {
        whatMatters = List.copyOf(whatMatters);
        goals = List.copyOf(goals);
        actions = List.copyOf(actions);
    }

    public PlanOutline outline() {
        return PlanOutline.of(this);
    }
}
