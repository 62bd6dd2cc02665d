package care.whatmatters.budget;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.HeldReview;
import care.whatmatters.budget.domain.ReviewOutcome;
import care.whatmatters.budget.domain.ReviewRequest;
import care.whatmatters.budget.domain.ReviewTrigger;
import care.whatmatters.budget.persistence.BudgetRepository;
import care.whatmatters.budget.persistence.LedgerRepository;
import care.whatmatters.budget.persistence.ReviewRepository;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.team.CareTeams;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of a budget: asked for by the person or the team, held by the team, and due by rule; and the list
 * of reviews due (overdue first) across a practitioner's caseload.
 */
@Service
@Transactional
public class BudgetReviews {

    private final BudgetRepository budgets;
    private final ReviewRepository reviews;
    private final LedgerRepository ledgers;
    private final RecordAccess access;
    private final ReviewDates reviewDates;
    private final CareTeams careTeams;
    private final PersonRegister register;
    private final Clock clock;

    BudgetReviews(BudgetRepository budgets, ReviewRepository reviews, LedgerRepository ledgers, RecordAccess access,
            ReviewDates reviewDates, CareTeams careTeams, PersonRegister register, Clock clock) {
        this.budgets = budgets;
        this.reviews = reviews;
        this.ledgers = ledgers;
        this.access = access;
        this.reviewDates = reviewDates;
        this.careTeams = careTeams;
        this.register = register;
        this.clock = clock;
    }

    /** Asks for a review before it is due; {@code askedOn} is the day it was asked for (today if not given). */
    public ReviewRequest ask(Actor actor, PersonId person, UUID budgetId, ReviewTrigger trigger, String note,
            LocalDate askedOn) {
        access.changeBudget(actor, person, "budget review request", AuditAction.CREATE, Writers.PERSON_OR_CARE_TEAM);
        Budget budget = inForce(person, budgetId);
        ReviewRequest request = ReviewRequest.of(Ids.newId(), trigger, note, askedOn == null ? today() : askedOn,
                today(), stamp(actor));
        reviews.insert(person, budgetId, request);
        reviewDates.refresh(budget, ledgers.load(person, budgetId));
        return request;
    }

    public HeldReview record(Actor actor, PersonId person, UUID budgetId, LocalDate heldOn, ReviewOutcome outcome,
            String notes) {
        access.changeBudget(actor, person, "budget review", AuditAction.CREATE, Writers.CARE_TEAM);
        Budget budget = inForce(person, budgetId);
        HeldReview review = HeldReview.of(Ids.newId(), heldOn, outcome, notes, today(), stamp(actor));
        reviews.insert(person, budgetId, review);
        reviewDates.refresh(budget, ledgers.load(person, budgetId));
        return review;
    }

    /** Reviews due across the practitioner's caseload, soonest (most overdue) first; each person shown is audited. */
    @Transactional(readOnly = true)
    public List<ReviewDueItem> dueFor(Actor actor) {
        if (!actor.isPractitioner()) {
            return List.of();
        }
        List<BudgetRepository.ReviewDueRow> rows = budgets.reviewsDue(careTeams.caseload(actor.practitioner()));
        Map<PersonId, AccessGrant> grants = new LinkedHashMap<>();
        List<ReviewDueItem> items = new ArrayList<>();
        for (BudgetRepository.ReviewDueRow row : rows) {
            AccessGrant grant = grants.computeIfAbsent(row.person(),
                    p -> access.readBudget(actor, p, "budget reviews due"));
            items.add(new ReviewDueItem(register.get(grant), row.budget(), row.title(), row.status(), row.due(),
                    row.due().isBefore(today())));
        }
        return items;
    }

    private Budget inForce(PersonId person, UUID budgetId) {
        Budget budget = budgets.lock(person, budgetId).orElseThrow(() -> BudgetSetup.notFound(budgetId));
        if (!budget.status().inForce()) {
            throw new ConflictException("Only an approved budget is reviewed; this one is " + budget.status().meaning()
                    + ".");
        }
        return budget;
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(actor.signature(), clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
