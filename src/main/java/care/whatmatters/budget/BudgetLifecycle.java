package care.whatmatters.budget;

import care.whatmatters.access.ApprovalQueueAccess;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.StatusReason;
import care.whatmatters.budget.domain.ApprovalRequest;
import care.whatmatters.budget.persistence.ApprovalRepository;
import care.whatmatters.budget.persistence.BudgetRepository;
import care.whatmatters.budget.persistence.LedgerRepository;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.StaleVersionException;
import care.whatmatters.shared.Stamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspending, resuming and stopping a budget, by the care team, always with a coded reason and an explanation.
 * Stopping a budget also takes its waiting requests out of the approvers' queue (and so ends their access).
 */
@Service
@Transactional
public class BudgetLifecycle {

    /** The three changes of status that need a reason. */
    public enum Change {
        SUSPEND, RESUME, STOP
    }

    private final BudgetRepository budgets;
    private final LedgerRepository ledgers;
    private final ApprovalRepository approvals;
    private final RecordAccess access;
    private final ApprovalQueueAccess queue;
    private final ReviewDates reviewDates;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BudgetLifecycle(BudgetRepository budgets, LedgerRepository ledgers, ApprovalRepository approvals,
            RecordAccess access, ApprovalQueueAccess queue, ReviewDates reviewDates, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.budgets = budgets;
        this.ledgers = ledgers;
        this.approvals = approvals;
        this.access = access;
        this.queue = queue;
        this.reviewDates = reviewDates;
        this.clock = clock;
    }

    public Budget change(Actor actor, PersonId person, UUID budgetId, long basedOn, Change change, StatusReason reason,
            String explanation) {
        access.changeBudget(actor, person, "budget status", AuditAction.UPDATE, Writers.CARE_TEAM);
        Budget budget = budgets.lock(person, budgetId).orElseThrow(() -> BudgetSetup.notFound(budgetId));
        if (budget.version() != basedOn) {
            throw new StaleVersionException("This budget", basedOn, budget.version());
        }
        Stamp stamp = new Stamp(actor.signature(), clock.instant());
        switch (change) {
            case SUSPEND -> budget.suspend(reason, explanation, stamp);
            case RESUME -> budget.resume(reason, explanation, stamp);
            case STOP -> {
                budget.stop(reason, explanation, stamp);
                approvals.of(person, budgetId).stream().filter(ApprovalRequest::pending)
                        .forEach(r -> queue.close(r.id()));
                events.publishEvent(new BudgetStopped(person, budgetId, java.time.LocalDate.now(clock)));
            }
        }
        Budget saved = budgets.save(budget, basedOn);
        reviewDates.refresh(saved, ledgers.load(person, budgetId));
        return saved;
    }
}
