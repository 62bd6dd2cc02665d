package care.whatmatters.budget.domain;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A personal health budget: its terms and eligibility, the indicative budget worked out by rule, the costed
 * plan with its funders, and its life cycle ({@link BudgetStatus}). Invariants: only a draft's costing and
 * indicative budget change; it is sent for approval only with an indicative budget, at least one line, an
 * agreed care and support plan whose live actions every line pays for, and a co-ordinator if any line is a
 * direct payment; money moves only while it is approved. The money itself is in the {@code Ledger}.
 */
public final class Budget {

    private final UUID id;
    private final PersonId person;
    private final long version;
    private BudgetTerms terms;
    private BudgetStatus status;
    private LocalDate approvedOn;
    private Calculation indicative;
    private final Costing costing;
    private final List<StatusChange> statusChanges;
    private final Stamp created;
    private Stamp updated;

    public Budget(UUID id, PersonId person, long version, BudgetTerms terms, BudgetStatus status, LocalDate approvedOn,
            Calculation indicative, Costing costing, List<StatusChange> statusChanges, Stamp created, Stamp updated) {
        this.id = id;
        this.person = person;
        this.version = version;
        this.terms = terms;
        this.status = status;
        this.approvedOn = approvedOn;
        this.indicative = indicative;
        this.costing = costing;
        this.statusChanges = new java.util.ArrayList<>(statusChanges);
        this.created = created;
        this.updated = updated;
    }

    /** A new draft budget; the person's age on the start date is checked against the basis. */
    public static Budget open(UUID id, PersonId person, BudgetTerms terms, int ageOnStart, LocalDate today,
            Stamp stamp) {
        InputCheck check = new InputCheck();
        terms.check(check, ageOnStart, today);
        check.orThrow();
        return new Budget(id, person, 0, terms, BudgetStatus.DRAFT, null, null, new Costing(List.of(), List.of()),
                List.of(), stamp, stamp);
    }

    public void changeTerms(BudgetTerms newTerms, int ageOnStart, LocalDate today, Stamp stamp) {
        requireDraft("change what the budget is for");
        InputCheck check = new InputCheck();
        newTerms.check(check, ageOnStart, today);
        check.that(indicative == null || newTerms.eligibility().basis() == indicative.basis(), "basis",
                "cannot change once the indicative budget is worked out for another basis: work it out again");
        check.orThrow();
        terms = newTerms;
        updated = stamp;
    }

    public void setIndicative(Calculation calculation) {
        requireDraft("work out the indicative budget");
        if (calculation.basis() != terms.eligibility().basis()) {
            throw new ConflictException("That allocation rule is for " + calculation.basis().label()
                    + ", but this budget is for " + terms.eligibility().basis().label() + ".");
        }
        indicative = calculation;
        updated = calculation.calculated();
    }

    public UUID addFunder(UUID funderId, FunderKind kind, String name, Stamp stamp) {
        requireDraft("add a funder");
        updated = stamp;
        return costing.addFunder(funderId, kind, name, stamp);
    }

    public UUID addLine(UUID lineId, LineDetails details, PlanLink plan, Stamp stamp) {
        requireDraft("add to the costed plan");
        updated = stamp;
        return costing.addLine(lineId, details, terms.eligibility().basis(), plan, stamp);
    }

    public void changeLine(UUID lineId, LineDetails details, PlanLink plan, Stamp stamp) {
        requireDraft("change the costed plan");
        costing.changeLine(lineId, details, terms.eligibility().basis(), plan, stamp);
        updated = stamp;
    }

    public void voidLine(UUID lineId, String reason, Stamp stamp) {
        requireDraft("change the costed plan");
        costing.voidLine(lineId, reason, stamp);
        updated = stamp;
    }

    /** Sends the budget for approval; the caller files the approval request. */
    public void submit(PlanLink plan, Stamp stamp) {
        requireDraft("send it for approval");
        ReadyForApproval.check(indicative, costing, terms, plan);
        move(BudgetStatus.AWAITING_APPROVAL, stamp);
    }

    /** Approves the costed plan (as costed, or with the changed line amounts) and sets the final budget. */
    public void approve(Map<UUID, Money> changedLines, LocalDate today, Stamp stamp) {
        if (status != BudgetStatus.AWAITING_APPROVAL && status != BudgetStatus.REFUSED) {
            throw new ConflictException("Only a budget awaiting a decision can be approved; this one is "
                    + status.meaning() + ".");
        }
        ApprovedAmounts.check(costing, changedLines, null);
        costing.approve(changedLines);
        approvedOn = today;
        move(BudgetStatus.APPROVED, stamp);
    }

    /**
     * On reconsideration of a reduction: raises approved lines to the new amounts (never lower than now,
     * never more than costed). Answers how much more each line gets.
     */
    public Map<UUID, Money> raiseApproved(Map<UUID, Money> newAmounts, Stamp stamp) {
        if (!status.inForce()) {
            throw new ConflictException("Only an approved budget's amounts can be raised.");
        }
        Map<UUID, Money> increases = ApprovedAmounts.check(costing, newAmounts, costing);
        Map<UUID, Money> all = new java.util.HashMap<>();
        costing.liveLines().forEach(l -> all.put(l.id(), newAmounts.getOrDefault(l.id(), l.approved())));
        costing.approve(all);
        updated = stamp;
        return increases;
    }

    public void refuse(Stamp stamp) {
        if (status != BudgetStatus.AWAITING_APPROVAL) {
            throw new ConflictException("Only a budget awaiting approval can be refused.");
        }
        move(BudgetStatus.REFUSED, stamp);
    }

    /** After a refusal, reopens the costing so it can be changed and sent again. */
    public void revise(Stamp stamp) {
        if (status != BudgetStatus.REFUSED) {
            throw new ConflictException("Only a refused budget can be revised; this one is " + status.meaning() + ".");
        }
        costing.clearApproval();
        move(BudgetStatus.DRAFT, stamp);
    }

    public StatusChange suspend(StatusReason reason, String explanation, Stamp stamp) {
        return StatusRules.suspend(this, reason, explanation, stamp);
    }

    public StatusChange resume(StatusReason reason, String explanation, Stamp stamp) {
        return StatusRules.resume(this, reason, explanation, stamp);
    }

    public StatusChange stop(StatusReason reason, String explanation, Stamp stamp) {
        return StatusRules.stop(this, reason, explanation, stamp);
    }

    void recordStatusChange(StatusChange change) {
        statusChanges.add(change);
        move(change.to(), change.changed());
    }

    /** Refuses any movement of money unless the budget is approved and not paused or stopped. */
    public void requireMoneyMayMove() {
        if (status != BudgetStatus.APPROVED) {
            throw new ConflictException("No money can be paid or committed: the budget is " + status.meaning() + ".");
        }
    }

    /** A line the approver funded (more than £0.00), which payments may be made against. */
    public CostLine approvedLine(UUID lineId) {
        CostLine line = costing.liveLine(lineId);
        if (line.approved() == null || !line.approved().isPositive()) {
            throw new ConflictException("The line '" + line.details().description() + "' has no approved amount, so "
                    + "nothing can be paid against it.");
        }
        return line;
    }

    private void requireDraft(String what) {
        if (status != BudgetStatus.DRAFT) {
            throw new ConflictException("You cannot " + what + " now: the budget is " + status.meaning() + ".");
        }
    }

    private void move(BudgetStatus target, Stamp stamp) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException("A budget that is " + status.meaning() + " cannot become "
                    + target.label().toLowerCase(java.util.Locale.UK) + ".");
        }
        status = target;
        updated = stamp;
    }

    public Budget savedAs(long newVersion) {
        return new Budget(id, person, newVersion, terms, status, approvedOn, indicative, costing, statusChanges,
                created, updated);
    }

    public UUID id() {
        return id;
    }

    public PersonId person() {
        return person;
    }

    public long version() {
        return version;
    }

    public BudgetTerms terms() {
        return terms;
    }

    public EligibilityBasis basis() {
        return terms.eligibility().basis();
    }

    public BudgetStatus status() {
        return status;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public java.util.Optional<Calculation> indicative() {
        return java.util.Optional.ofNullable(indicative);
    }

    public Costing costing() {
        return costing;
    }

    public List<StatusChange> statusChanges() {
        return List.copyOf(statusChanges);
    }

    public Stamp created() {
        return created;
    }

    public Stamp updated() {
        return updated;
    }
}
