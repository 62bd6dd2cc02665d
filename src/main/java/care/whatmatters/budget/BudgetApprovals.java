package care.whatmatters.budget;

import care.whatmatters.access.ApprovalQueueAccess;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.budget.domain.ApprovalHistory;
import care.whatmatters.budget.domain.ApprovalRequest;
import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.BudgetStatus;
import care.whatmatters.budget.domain.Decision;
import care.whatmatters.budget.domain.RequestKind;
import care.whatmatters.budget.persistence.ApprovalRepository;
import care.whatmatters.budget.persistence.BudgetRepository;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking the budget approvers for a decision, and their decisions: approving a costed plan (as costed or
 * with changes) and so setting the final budget and funding it, refusing it, reconsidering a refusal or a
 * reduction, and allowing (or not) an exception to overspend a line. Every decision carries a coded reason
 * and an explanation the person reads.
 */
@Service
@Transactional
public class BudgetApprovals {

    private final ApprovalRepository approvals;
    private final BudgetRepository budgets;
    private final RecordAccess access;
    private final ApprovalQueueAccess queue;
    private final DecisionEffects effects;
    private final BudgetRules rules;
    private final Clock clock;

    BudgetApprovals(ApprovalRepository approvals, BudgetRepository budgets, RecordAccess access,
            ApprovalQueueAccess queue, DecisionEffects effects, BudgetRules rules, Clock clock) {
        this.approvals = approvals;
        this.budgets = budgets;
        this.access = access;
        this.queue = queue;
        this.effects = effects;
        this.rules = rules;
        this.clock = clock;
    }

    /** The person (or their team) asks for a refusal or a reduction to be reconsidered, saying why. */
    public ApprovalRequest askForReconsideration(Actor actor, PersonId person, UUID budgetId, LocalDate askedOn,
            String reasons) {
        access.changeBudget(actor, person, "budget reconsideration", AuditAction.CREATE, Writers.PERSON_OR_CARE_TEAM);
        Budget budget = budgets.lock(person, budgetId).orElseThrow(() -> BudgetSetup.notFound(budgetId));
        ApprovalRequest decided = new ApprovalHistory(approvals.of(person, budgetId)).requireReconsiderable();
        if (budget.status() != BudgetStatus.REFUSED && !budget.status().inForce()) {
            throw new ConflictException("The budget is " + budget.status().meaning() + ", so there is nothing to "
                    + "reconsider.");
        }
        return file(actor, person, budgetId, RequestKind.RECONSIDERATION, askedOn, reasons, null, null, decided.id());
    }

    /** The care team asks an approver to let a line spend more than it has left, saying why. */
    public ApprovalRequest askForException(Actor actor, PersonId person, UUID budgetId, UUID lineId, Money amount,
            String reason) {
        access.changeBudget(actor, person, "budget exception", AuditAction.CREATE, Writers.CARE_TEAM);
        Budget budget = budgets.lock(person, budgetId).orElseThrow(() -> BudgetSetup.notFound(budgetId));
        if (!budget.status().inForce()) {
            throw new ConflictException("Only an approved budget's lines can be allowed more.");
        }
        budget.approvedLine(lineId);
        if (new ApprovalHistory(approvals.of(person, budgetId)).exceptionPendingFor(lineId)) {
            throw new ConflictException("An exception for this line is already waiting for a decision.");
        }
        return file(actor, person, budgetId, RequestKind.EXCEPTION, null, reason, lineId, amount, null);
    }

    /** A budget approver decides a request in their queue; the decision's effects are in the same transaction. */
    public ApprovalRequest decide(Actor actor, UUID requestId, Decision.Draft draft) {
        ApprovalRequest request = approvals.find(requestId).orElseThrow(() -> new NotFoundException(
                "There is no approval request " + requestId + "."));
        access.changeBudget(actor, request.person(), "budget approval decision",
                AuditAction.UPDATE, Writers.BUDGET_APPROVER);
        Budget budget = budgets.lock(request.person(), request.budgetId()).orElseThrow();
        ApprovalRequest decided = request.decide(draft.stamped(new Stamp(actor.signature(), clock.instant())));
        effects.apply(budget, decided);
        approvals.decide(decided);
        queue.close(decided.id());
        return decided;
    }

    private ApprovalRequest file(Actor actor, PersonId person, UUID budgetId, RequestKind kind, LocalDate askedOn,
            String note, UUID lineId, Money amount, UUID reconsiders) {
        LocalDate today = LocalDate.now(clock);
        ApprovalRequest request = ApprovalRequest.file(Ids.newId(), budgetId, person, kind,
                askedOn == null ? today : askedOn, note, lineId, amount, reconsiders, rules.timeLimits(), today,
                new Stamp(actor.signature(), clock.instant()));
        approvals.insert(request);
        queue.open(person, request.id());
        return request;
    }
}
