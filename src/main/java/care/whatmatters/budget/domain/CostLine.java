package care.whatmatters.budget.domain;

import care.whatmatters.shared.Money;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.util.List;
import java.util.UUID;

/**
 * One costed line of the plan, linked to the plan action it pays for.
 *
 * @param approved what the approver agreed to fund (null until decided; may be less than the cost when
 *                 approved with changes, or £0.00 for a line left out)
 */
public record CostLine(UUID id, int position, LineDetails details, Money approved, Stamp created, Stamp updated,
        Voiding voided) {

    public Money cost() {
        return details.cost();
    }

    public boolean live() {
        return voided == null;
    }

    /** The approved amount shared between the line's funders in proportion to what each planned to pay. */
    public List<LineFunding> approvedFunding() {
        if (approved == null || approved.equals(cost())) {
            return details.funding();
        }
        if (approved.isZero()) {
            return List.of();
        }
        List<Money> shares = approved.allocate(details.funding().stream().map(LineFunding::amount).toList());
        return java.util.stream.IntStream.range(0, shares.size())
                .mapToObj(i -> new LineFunding(details.funding().get(i).funderId(), shares.get(i)))
                .filter(f -> f.amount().isPositive()).toList();
    }

    CostLine changed(LineDetails newDetails, Stamp stamp) {
        return new CostLine(id, position, newDetails, approved, created, stamp, voided);
    }

    CostLine withApproved(Money amount) {
        return new CostLine(id, position, details, amount, created, updated, voided);
    }

    CostLine voided(Voiding voiding) {
        return new CostLine(id, position, details, approved, created, voiding.toStamp(), voiding);
    }
}
