package care.whatmatters.budget.domain;

import care.whatmatters.shared.ConflictException;

/**
 * What must be true before a budget goes to an approver: the person knows the indicative budget, the
 * costed plan has lines, the care and support plan was agreed with them and still has every action the
 * lines pay for, and a direct payment has a named care co-ordinator.
 */
final class ReadyForApproval {

    private ReadyForApproval() {
    }

    static void check(Calculation indicative, Costing costing, BudgetTerms terms, PlanLink plan) {
        if (indicative == null) {
            throw new ConflictException("Work out the indicative budget first: the person must know it up front.");
        }
        costing.requireLines();
        if (!plan.agreed()) {
            throw new ConflictException("The person's care and support plan must be agreed with them before the "
                    + "budget that pays for it is sent for approval.");
        }
        costing.liveLines().stream().filter(l -> !plan.has(l.details().planActionId())).findFirst().ifPresent(l -> {
            throw new ConflictException("The line '" + l.details().description() + "' pays for an action that is no "
                    + "longer on the plan: link it to a current action or remove it.");
        });
        boolean directPayment = costing.liveLines().stream()
                .anyMatch(l -> l.details().mode() == ManagementMode.DIRECT_PAYMENT);
        if (directPayment && !terms.hasCoordinator()) {
            throw new ConflictException("A budget paid by direct payment needs a named care co-ordinator (NHS direct "
                    + "payments regulations 2013, reg 8): add one to the budget's details.");
        }
    }
}
