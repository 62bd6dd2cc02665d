package care.whatmatters.budget.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a costed line buys, for which plan action, from whom, at what cost, how the money is managed and
 * who pays for it.
 *
 * @param directoryServiceId the community directory's service this line buys, when there is one
 */
public record LineDetails(UUID planActionId, String description, String provider, UUID directoryServiceId,
        Money unitCost, Quantity quantity, ManagementMode mode, List<LineFunding> funding) {

    public LineDetails {
        funding = funding == null ? List.of() : List.copyOf(funding);
    }

    /** The line's cost: unit cost × quantity, to the nearest penny. */
    public Money cost() {
        return quantity.times(unitCost);
    }

    void check(InputCheck check) {
        check.required("planActionId", planActionId)
                .requiredText("description", description, FreeText.SHORT)
                .requiredText("provider", provider, FreeText.LINE)
                .required("unitCost", unitCost)
                .required("quantity", quantity)
                .required("mode", mode);
        if (unitCost != null && quantity != null) {
            check.that(cost().isPositive(), "unitCost", "and quantity must come to more than £0.00");
            check.that(!cost().isGreaterThan(Money.MAX_INPUT), "unitCost",
                    "and quantity must come to at most " + Money.MAX_INPUT.formatted());
        }
        check.that(!funding.isEmpty(), "funding", "must say who pays for this line");
        Set<UUID> seen = new HashSet<>();
        Money funded = Money.ZERO;
        for (LineFunding f : funding) {
            check.that(f.funderId() != null && seen.add(f.funderId()), "funding", "names each funder once");
            check.that(f.amount() != null && f.amount().isPositive(), "funding", "amounts must be more than £0.00");
            funded = f.amount() == null ? funded : funded.plus(f.amount());
        }
        if (unitCost != null && quantity != null && !funding.isEmpty() && !funded.equals(cost())) {
            check.that(false, "funding", "must add up to the line's cost of " + cost().formatted() + " (it adds up to "
                    + funded.formatted() + ")");
        }
    }
}
