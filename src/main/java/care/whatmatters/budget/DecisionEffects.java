package care.whatmatters.budget;

import care.whatmatters.budget.domain.ApprovalRequest;
import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.BudgetStatus;
import care.whatmatters.budget.domain.CostLine;
import care.whatmatters.budget.domain.Decision;
import care.whatmatters.budget.domain.DecisionOutcome;
import care.whatmatters.budget.domain.ledger.Ledger;
import care.whatmatters.budget.domain.ledger.Posting;
import care.whatmatters.budget.persistence.BudgetRepository;
import care.whatmatters.budget.persistence.LedgerRepository;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a decision does to the budget and its money:
 * <ul>
 * <li>approving a costed plan sets the final budget and funds each approved line from its funders;</li>
 * <li>refusing it leaves nothing funded;</li>
 * <li>a reconsideration that changes a refusal approves as above; one that changes a reduction restores the
 *     lines and funds the difference; one that upholds the decision changes nothing;</li>
 * <li>an exception lets the line spend the amount allowed beyond its commitments.</li>
 * </ul>
 */
@Component
class DecisionEffects {

    private final BudgetRepository budgets;
    private final LedgerRepository ledgers;
    private final Funding funding;
    private final ReviewDates reviewDates;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DecisionEffects(BudgetRepository budgets, LedgerRepository ledgers, Funding funding, ReviewDates reviewDates,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.budgets = budgets;
        this.ledgers = ledgers;
        this.funding = funding;
        this.reviewDates = reviewDates;
        this.clock = clock;
    }

    void apply(Budget budget, ApprovalRequest request) {
        Decision d = request.decision();
        Ledger ledger = ledgers.load(budget.person(), budget.id());
        LocalDate today = LocalDate.now(clock);
        switch (request.kind()) {
            case INITIAL -> decidePlan(budget, ledger, request, today);
            case RECONSIDERATION -> reconsider(budget, ledger, request, today);
            case EXCEPTION -> {
                Money allowed = request.allowedException();
                if (allowed.isPositive()) {
                    ledgers.append(budget.person(), budget.id(), ledger.allowException(new Posting(Ids.newId(), today,
                            "Exception allowed: " + d.reason().label(), d.decided()), request.lineId(), allowed,
                            request.id()));
                }
            }
        }
        reviewDates.refresh(budget, ledger);
    }

    private void decidePlan(Budget budget, Ledger ledger, ApprovalRequest request, LocalDate today) {
        Decision d = request.decision();
        if (d.outcome() == DecisionOutcome.REFUSED) {
            budget.refuse(d.decided());
        } else {
            approve(budget, ledger, request, today);
            return;
        }
        budgets.save(budget, budget.version());
    }

    private void reconsider(Budget budget, Ledger ledger, ApprovalRequest request, LocalDate today) {
        Decision d = request.decision();
        if (d.outcome() == DecisionOutcome.REFUSED) {
            return;
        }
        if (budget.status() == BudgetStatus.REFUSED) {
            approve(budget, ledger, request, today);
        } else if (budget.status().inForce()) {
            Map<UUID, Money> wanted = d.outcome() == DecisionOutcome.APPROVED ? budget.costing().liveLines().stream()
                    .collect(Collectors.toMap(CostLine::id, CostLine::cost)) : d.amounts();
            Map<UUID, Money> increases = budget.raiseApproved(wanted, d.decided());
            budgets.save(budget, budget.version());
            funding.fund(budget, ledger, Funding.increaseShares(budget, increases), request.id(), today, d.decided());
        } else {
            throw new ConflictException("The budget is " + budget.status().meaning() + ": it cannot be approved now.");
        }
    }

    private void approve(Budget budget, Ledger ledger, ApprovalRequest request, LocalDate today) {
        Decision d = request.decision();
        budget.approve(d.amounts(), today, d.decided());
        budgets.save(budget, budget.version());
        funding.fund(budget, ledger, Funding.approvedShares(budget), request.id(), today, d.decided());
        events.publishEvent(approved(budget, today));
    }

    /** The budget as reporting counts it: one management mode, or MIXED when its lines use several. */
    static BudgetApproved approved(Budget budget, LocalDate on) {
        var modes = budget.costing().liveLines().stream().map(l -> l.details().mode()).distinct().toList();
        String mode = modes.size() == 1 ? modes.getFirst().name() : "MIXED";
        boolean wheelchair = budget.basis() == care.whatmatters.budget.domain.EligibilityBasis.WHEELCHAIR
                || modes.stream().anyMatch(m -> m.wheelchairOnly());
        return new BudgetApproved(budget.person(), budget.id(), budget.basis().name(), mode, wheelchair, on);
    }
}
