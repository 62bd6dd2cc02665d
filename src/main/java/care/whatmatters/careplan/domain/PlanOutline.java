package care.whatmatters.careplan.domain;

import java.util.List;

/** The plan as a tree to read top-down: each thing that matters, the goals serving it, their actions. */
public record PlanOutline(List<Branch> branches) {

    public record Branch(WhatMattersItem whatMatters, List<GoalBranch> goals) {
    }

    public record GoalBranch(Goal goal, List<PlanAction> actions) {
    }

    public static PlanOutline of(PlanContent content) {
        return new PlanOutline(content.whatMatters().stream()
                .map(w -> new Branch(w, content.goals().stream()
                        .filter(g -> w.id().equals(g.whatMattersId()))
                        .map(g -> new GoalBranch(g, content.actions().stream()
                                .filter(a -> g.id().equals(a.goalId())).toList()))
                        .toList()))
                .toList());
    }

    public boolean isEmpty() {
        return branches.isEmpty();
    }
}
