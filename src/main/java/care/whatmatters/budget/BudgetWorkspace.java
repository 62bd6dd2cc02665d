package care.whatmatters.budget;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.budget.domain.AllocationRule;
import care.whatmatters.budget.domain.ApprovalHistory;
import care.whatmatters.budget.domain.ApprovalRequest;
import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.BudgetStatement;
import care.whatmatters.budget.domain.HeldReview;
import care.whatmatters.budget.domain.PlanLink;
import care.whatmatters.budget.domain.ReviewDue;
import care.whatmatters.budget.domain.ReviewRequest;
import care.whatmatters.budget.domain.ledger.Ledger;
import care.whatmatters.person.domain.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One budget with everything about it that the viewer may see, read under one access decision: the costing,
 * the ledger and the statement reconciling it with the plan, the approval history, reviews, and the
 * allocation rules that can work out its indicative budget.
 *
 * @param basis why the viewer may see it: their own record, acting for the person, care team, or a budget
 *              approver deciding a request
 */
public record BudgetWorkspace(Person person, Budget budget, Ledger ledger, BudgetStatement statement,
        ApprovalHistory approvals, List<ReviewRequest> reviewRequests, List<HeldReview> reviews,
        Optional<ReviewDue> nextReview, PlanLink plan, AccessBasis basis, List<AllocationRule> rules, LocalDate today) {

    /** Whether the viewer is the person or someone acting for them (their pages speak to them as "you"). */
    public boolean forThePerson() {
        return basis == AccessBasis.OWN_RECORD || basis == AccessBasis.REPRESENTATIVE;
    }

    public boolean byCareTeam() {
        return basis == AccessBasis.CARE_TEAM || basis == AccessBasis.BREAK_GLASS;
    }

    public Optional<ApprovalRequest> reconsiderable() {
        return approvals.reconsiderable();
    }

    public boolean reviewOverdue() {
        return nextReview.map(r -> r.overdue(today)).orElse(false);
    }
}
