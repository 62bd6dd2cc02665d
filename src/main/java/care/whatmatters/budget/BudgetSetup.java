package care.whatmatters.budget;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.ApprovalQueueAccess;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.budget.domain.AllocationRule;
import care.whatmatters.budget.domain.ApprovalRequest;
import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.BudgetTerms;
import care.whatmatters.budget.domain.FunderKind;
import care.whatmatters.budget.domain.LineDetails;
import care.whatmatters.budget.domain.RequestKind;
import care.whatmatters.budget.persistence.ApprovalRepository;
import care.whatmatters.budget.persistence.BudgetRepository;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.StaleVersionException;
import care.whatmatters.shared.Stamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a budget up with the person, by their care team: its basis and terms, the indicative budget, the
 * funders and the costed plan, then sending it for approval (and revising it after a refusal). Every change
 * names the version it started from; each public method is one transaction.
 */
@Service
@Transactional
public class BudgetSetup {

    private final BudgetRepository budgets;
    private final ApprovalRepository approvals;
    private final RecordAccess access;
    private final ApprovalQueueAccess queue;
    private final PersonRegister register;
    private final PlanLinks plans;
    private final BudgetRules rules;
    private final Clock clock;

    BudgetSetup(BudgetRepository budgets, ApprovalRepository approvals, RecordAccess access, ApprovalQueueAccess queue,
            PersonRegister register, PlanLinks plans, BudgetRules rules, Clock clock) {
        this.budgets = budgets;
        this.approvals = approvals;
        this.access = access;
        this.queue = queue;
        this.register = register;
        this.plans = plans;
        this.rules = rules;
        this.clock = clock;
    }

    public Budget open(Actor actor, PersonId person, BudgetTerms terms) {
        AccessGrant grant = access.changeBudget(actor, person, "budget", AuditAction.CREATE, Writers.CARE_TEAM);
        Budget budget = Budget.open(Ids.newId(), person, terms, ageOn(grant, terms), today(), stamp(actor));
        budgets.insert(budget);
        return budget;
    }

    public Budget changeTerms(Actor actor, PersonId person, UUID budgetId, long basedOn, BudgetTerms terms) {
        return edit(actor, person, budgetId, basedOn, (budget, grant) -> {
            budget.changeTerms(terms, ageOn(grant, terms), today(), stamp(actor));
            return budget.id();
        }).budget();
    }

    /** Works out the indicative budget with one of the configured rules for the budget's basis. */
    public Budget calculateIndicative(Actor actor, PersonId person, UUID budgetId, long basedOn, String ruleKey,
            Map<String, String> inputs) {
        return edit(actor, person, budgetId, basedOn, (budget, grant) -> {
            AllocationRule rule = rules.allocationRule(ruleKey, budget.basis());
            budget.setIndicative(rule.calculate(inputs, stamp(actor)));
            return budget.id();
        }).budget();
    }

    public BudgetEdit<UUID> addFunder(Actor actor, PersonId person, UUID budgetId, long basedOn, FunderKind kind,
            String name) {
        return edit(actor, person, budgetId, basedOn,
                (budget, grant) -> budget.addFunder(Ids.newId(), kind, name, stamp(actor)));
    }

    public BudgetEdit<UUID> addLine(Actor actor, PersonId person, UUID budgetId, long basedOn, LineDetails details) {
        return edit(actor, person, budgetId, basedOn,
                (budget, grant) -> budget.addLine(Ids.newId(), details, plans.of(grant), stamp(actor)));
    }

    public Budget changeLine(Actor actor, PersonId person, UUID budgetId, long basedOn, UUID lineId,
            LineDetails details) {
        return edit(actor, person, budgetId, basedOn, (budget, grant) -> {
            budget.changeLine(lineId, details, plans.of(grant), stamp(actor));
            return lineId;
        }).budget();
    }

    public Budget voidLine(Actor actor, PersonId person, UUID budgetId, long basedOn, UUID lineId, String reason) {
        return edit(actor, person, budgetId, basedOn, (budget, grant) -> {
            budget.voidLine(lineId, reason, stamp(actor));
            return lineId;
        }).budget();
    }

    /**
     * Sends the costed plan to the budget approvers' queue. {@code askedOn} is the day the person asked for
     * their budget (the decision's time limit runs from it); today if not given.
     */
    public BudgetEdit<ApprovalRequest> submit(Actor actor, PersonId person, UUID budgetId, long basedOn,
            LocalDate askedOn, String note) {
        return edit(actor, person, budgetId, basedOn, (budget, grant) -> {
            Stamp stamp = stamp(actor);
            budget.submit(plans.of(grant), stamp);
            ApprovalRequest request = ApprovalRequest.file(Ids.newId(), budget.id(), person, RequestKind.INITIAL,
                    askedOn == null ? today() : askedOn, note, null, null, null, rules.timeLimits(), today(), stamp);
            approvals.insert(request);
            queue.open(person, request.id());
            return request;
        });
    }

    /** After a refusal, reopens the costed plan so it can be changed and sent again. */
    public Budget revise(Actor actor, PersonId person, UUID budgetId, long basedOn) {
        return edit(actor, person, budgetId, basedOn, (budget, grant) -> {
            if (approvals.of(person, budgetId).stream().anyMatch(ApprovalRequest::pending)) {
                throw new care.whatmatters.shared.ConflictException("The refusal is being reconsidered: wait for "
                        + "the decision before changing the costed plan.");
            }
            budget.revise(stamp(actor));
            return budget.id();
        }).budget();
    }

    private <T> BudgetEdit<T> edit(Actor actor, PersonId person, UUID budgetId, long basedOn,
            BiFunction<Budget, AccessGrant, T> change) {
        AccessGrant grant = access.changeBudget(actor, person, "budget", AuditAction.UPDATE, Writers.CARE_TEAM);
        Budget budget = budgets.find(person, budgetId).orElseThrow(() -> notFound(budgetId));
        if (budget.version() != basedOn) {
            throw new StaleVersionException("This budget", basedOn, budget.version());
        }
        T result = change.apply(budget, grant);
        return new BudgetEdit<>(budgets.save(budget, basedOn), result);
    }

    private int ageOn(AccessGrant grant, BudgetTerms terms) {
        LocalDate born = register.get(grant).demographics().dateOfBirth();
        LocalDate on = terms.startsOn() == null ? today() : terms.startsOn();
        if (terms.eligibility() == null) {
            throw InvalidInputException.of("basis", "is required");
        }
        return Period.between(born, on).getYears();
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(actor.signature(), clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static NotFoundException notFound(UUID budgetId) {
        return new NotFoundException("This person has no budget " + budgetId + ".");
    }
}
