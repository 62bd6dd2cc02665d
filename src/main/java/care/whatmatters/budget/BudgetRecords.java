package care.whatmatters.budget;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.ApprovalQueueAccess;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.budget.domain.ApprovalHistory;
import care.whatmatters.budget.domain.ApprovalRequest;
import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.BudgetStatement;
import care.whatmatters.budget.domain.PlanLink;
import care.whatmatters.budget.domain.RequestKind;
import care.whatmatters.budget.domain.ledger.Ledger;
import care.whatmatters.budget.persistence.ApprovalRepository;
import care.whatmatters.budget.persistence.BudgetRepository;
import care.whatmatters.budget.persistence.LedgerRepository;
import care.whatmatters.budget.persistence.ReviewRepository;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.domain.Person;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading budgets: a person's budgets, one budget in full, its statement, and the approvers' queue. */
@Service
@Transactional(readOnly = true)
public class BudgetRecords {

    private final BudgetRepository budgets;
    private final LedgerRepository ledgers;
    private final ApprovalRepository approvals;
    private final ReviewRepository reviews;
    private final RecordAccess access;
    private final ApprovalQueueAccess queue;
    private final PersonRegister register;
    private final PlanLinks plans;
    private final ReviewDates reviewDates;
    private final BudgetRules rules;
    private final Clock clock;

    BudgetRecords(BudgetRepository budgets, LedgerRepository ledgers, ApprovalRepository approvals,
            ReviewRepository reviews, RecordAccess access, ApprovalQueueAccess queue, PersonRegister register,
            PlanLinks plans, ReviewDates reviewDates, BudgetRules rules, Clock clock) {
        this.budgets = budgets;
        this.ledgers = ledgers;
        this.approvals = approvals;
        this.reviews = reviews;
        this.access = access;
        this.queue = queue;
        this.register = register;
        this.plans = plans;
        this.reviewDates = reviewDates;
        this.rules = rules;
        this.clock = clock;
    }

    /** The person's budgets, each read in full (they are few). */
    public BudgetList list(Actor actor, PersonId person) {
        AccessGrant grant = access.readBudget(actor, person, "budgets");
        PlanLink plan = plans.of(grant);
        return new BudgetList(register.get(grant), budgets.of(person).stream().map(b -> assemble(grant, b, plan))
                .toList(), grant.basis(), plan);
    }

    public BudgetWorkspace open(Actor actor, PersonId person, UUID budgetId) {
        return open(access.readBudget(actor, person, "budget"), budgetId);
    }

    /** The statement as a copy that leaves the platform (printed or downloaded): audited as an export. */
    public BudgetWorkspace export(Actor actor, PersonId person, UUID budgetId) {
        return open(access.exportBudget(actor, person, "budget statement download"), budgetId);
    }

    /** A request in the approvers' queue, with the budget it is about. */
    public ApprovalView approvalRequest(Actor actor, UUID requestId) {
        ApprovalRequest request = approvals.find(requestId).orElseThrow(() -> new NotFoundException(
                "There is no approval request " + requestId + "."));
        BudgetWorkspace workspace = open(access.readBudget(actor, request.person(), "budget approval request"),
                request.budgetId());
        return new ApprovalView(request, workspace);
    }

    /** Every request waiting for a decision, the soonest due first; reading each person's is audited. */
    public List<QueueItem> queue(Actor actor) {
        queue.requireApprover(actor);
        LocalDate today = LocalDate.now(clock);
        Map<PersonId, AccessGrant> grants = new HashMap<>();
        List<QueueItem> items = new ArrayList<>();
        for (ApprovalRequest r : approvals.pending()) {
            AccessGrant grant = grants.computeIfAbsent(r.person(), p -> access.readBudget(actor, p, "budget approval queue"));
            Budget budget = budgets.find(r.person(), r.budgetId()).orElseThrow();
            items.add(new QueueItem(register.get(grant), budget, r, r.kind() == RequestKind.EXCEPTION ? r.amount()
                    : budget.costing().plannedTotal(), r.overdue(today), r.daysOverdue(today)));
        }
        return items;
    }

    private BudgetWorkspace open(AccessGrant grant, UUID budgetId) {
        Budget budget = budgets.find(grant.person(), budgetId).orElseThrow(() -> BudgetSetup.notFound(budgetId));
        return assemble(grant, budget, plans.of(grant));
    }

    private BudgetWorkspace assemble(AccessGrant grant, Budget budget, PlanLink plan) {
        PersonId person = grant.person();
        Ledger ledger = ledgers.load(person, budget.id());
        return new BudgetWorkspace(register.get(grant), budget, ledger, BudgetStatement.of(budget, ledger, plan),
                new ApprovalHistory(approvals.of(person, budget.id())), reviews.requests(person, budget.id()),
                reviews.held(person, budget.id()), reviewDates.next(budget, ledger), plan, grant.basis(),
                rules.allocationRulesFor(budget.basis()), LocalDate.now(clock));
    }

    /** A person's budgets, and the plan actions a new budget's lines could pay for. */
    public record BudgetList(Person person, List<BudgetWorkspace> budgets, care.whatmatters.audit.AccessBasis basis,
            PlanLink plan) {
    }

    /** An approval request with the budget it is about. */
    public record ApprovalView(ApprovalRequest request, BudgetWorkspace workspace) {
    }
}
