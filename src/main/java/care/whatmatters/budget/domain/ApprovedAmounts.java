package care.whatmatters.budget.domain;

import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The rules for the amounts an approver sets on costed lines when approving with changes. */
final class ApprovedAmounts {

    private ApprovedAmounts() {
    }

    /**
     * Checks new approved amounts: each between £0.00 (the line is left out) and its cost, and, when
     * {@code raising} (a reconsidered reduction), never below what is approved now. Answers the increase on
     * each line (for raising) or the amounts themselves.
     */
    static Map<UUID, Money> check(Costing costing, Map<UUID, Money> amounts, Costing raising) {
        InputCheck check = new InputCheck();
        Map<UUID, Money> result = new LinkedHashMap<>();
        Money total = Money.ZERO;
        for (CostLine line : costing.liveLines()) {
            Money current = raising == null ? line.cost() : line.approved();
            Money amount = amounts.getOrDefault(line.id(), current);
            String field = "lines." + line.id();
            check.that(!amount.isNegative(), field, "cannot be negative")
                    .that(!amount.isGreaterThan(line.cost()), field, "cannot be more than the line's cost of "
                            + line.cost().formatted());
            if (raising != null) {
                check.that(!amount.isLessThan(current), field, "cannot be less than the " + current.formatted()
                        + " already approved: a reconsideration can only restore what was reduced");
                if (amount.isGreaterThan(current)) {
                    result.put(line.id(), amount.minus(current));
                }
            } else {
                result.put(line.id(), amount);
            }
            total = total.plus(amount);
        }
        check.that(amounts.keySet().stream().allMatch(id -> costing.liveLines().stream()
                .anyMatch(l -> l.id().equals(id))), "lines", "names a line that is not on this costed plan");
        check.that(total.isPositive(), "lines", "approve nothing: that is a refusal, so refuse with a reason instead");
        check.orThrow();
        return result;
    }
}
