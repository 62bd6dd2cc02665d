package care.whatmatters.budget.domain;

import care.whatmatters.budget.domain.AllocationInput.Kind;
import care.whatmatters.budget.domain.AllocationStep.Operation;
import care.whatmatters.shared.Money;
import java.util.List;

/** Allocation rules as a deployment might configure them, for the tests. */
final class Rules {

    static final AllocationRule WHEELCHAIR = new AllocationRule("pwb", EligibilityBasis.WHEELCHAIR,
            "Personal wheelchair budget", "test rates", List.of(
                    new AllocationInput("assessedChairCost", "Cost of the chair that meets the assessed need",
                            Kind.MONEY, null, null),
                    new AllocationInput("years", "Years the budget covers", Kind.QUANTITY, "years", null)),
            List.of(new AllocationStep(Operation.ADD_INPUT, "Chair that meets the assessed need", "assessedChairCost",
                            null, 0),
                    new AllocationStep(Operation.ADD_RATE, "Maintenance and repairs", "years", Money.ofPounds(150), 0)));

    static final AllocationRule CHC = new AllocationRule("chc", EligibilityBasis.CHC, "Continuing healthcare at home",
            "test rates", List.of(
                    new AllocationInput("hours", "Hours of support a week", Kind.QUANTITY, "hours a week", null),
                    new AllocationInput("weeks", "Weeks", Kind.QUANTITY, "weeks", null),
                    new AllocationInput("equipment", "Equipment", Kind.MONEY, null, null)),
            List.of(new AllocationStep(Operation.ADD_RATE, "Personal assistant hours", "hours", Money.ofPence(2340), 0),
                    new AllocationStep(Operation.MULTIPLY_BY_INPUT, "For the year", "weeks", null, 0),
                    new AllocationStep(Operation.ADD_PERCENT, "Employer costs", null, null, 800),
                    new AllocationStep(Operation.ADD_INPUT, "Equipment", "equipment", null, 0),
                    new AllocationStep(Operation.ADD_AMOUNT, "Contingency", null, Money.ofPounds(500), 0),
                    new AllocationStep(Operation.CAP, "Local limit", null, Money.ofPounds(30000), 0)));

    private Rules() {
    }
}
