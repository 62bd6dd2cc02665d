package care.whatmatters.careplan;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.careplan.domain.ActionDetails;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.PlanAction;
import care.whatmatters.careplan.persistence.CarePlanRepository;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.query.Query;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.StaleVersionException;
import care.whatmatters.shared.Stamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan as connected systems (the FHIR API) exchange it. A plan sent from outside is written as a DRAFT
 * (or, for a plan under review, as changes that make it revised): agreeing a plan needs the person in the
 * room, so no system can send an agreed plan. A person has one plan in use: sending a new plan when one is
 * in use is a conflict (change that one instead). Each call is one access check, one load and one save.
 */
@Service
@Transactional
public class PlanExchange {

    private final CarePlanRepository plans;
    private final RecordAccess access;
    private final PersonRegister register;
    private final Clock clock;

    PlanExchange(CarePlanRepository plans, RecordAccess access, PersonRegister register, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.register = register;
        this.clock = clock;
    }

    /** Starts the person's plan as a draft with the given content (and any goals that came with it). */
    public CarePlan submit(Actor actor, PersonId person, PlanDraft draft) {
        access.change(actor, person, "plan", AuditAction.CREATE, Writers.CARE_TEAM);
        Stamp stamp = stamp(actor);
        LocalDate review = draft.reviewDate() != null ? draft.reviewDate() : today().plusYears(1);
        CarePlan plan = CarePlan.start(Ids.newId(), person, review, today(), stamp);
        apply(plan, draft, stamp);
        // The insert itself asks whether the person is on the register, and the database's one-open-plan index
        // refuses a second plan in use: no reads first.
        boolean inserted;
        try {
            inserted = plans.insert(plan, register.onRegister(person));
        } catch (ConflictException e) {
            throw new ConflictException("This person already has a plan in use: there is one plan per person. "
                    + "Update that CarePlan instead of creating another.");
        }
        if (!inserted) {
            throw PersonRegister.notFound();
        }
        return plan;
    }

    /** Changes the plan to match the draft; {@code basedOn} null means "the version as it is now". */
    public CarePlan revise(Actor actor, PersonId person, UUID planId, Long basedOn, PlanDraft draft) {
        access.change(actor, person, "plan", AuditAction.UPDATE, Writers.CARE_TEAM);
        CarePlan plan = plans.find(person, planId).orElseThrow(PlanExchange::noPlan);
        long version = basedOn == null ? plan.version() : basedOn;
        if (plan.version() != version) {
            throw new StaleVersionException("This plan", version, plan.version());
        }
        Stamp stamp = stamp(actor);
        if (draft.reviewDate() != null && !draft.reviewDate().equals(plan.reviewDate())) {
            plan.setReviewDate(draft.reviewDate(), today(), stamp);
        }
        apply(plan, draft, stamp);
        return plans.save(plan, version);
    }

    /** Adds a goal, in the person's words, to their plan in use (it may wait for its link to what matters). */
    public PlanEdit<UUID> addGoal(Actor actor, PersonId person, String text) {
        access.change(actor, person, "plan", AuditAction.UPDATE, Writers.CARE_TEAM);
        CarePlan plan = plans.current(person).filter(p -> p.status().isOpen()).orElseThrow(PlanExchange::noPlan);
        UUID id = plan.addGoalAsSent(null, text, stamp(actor));
        return new PlanEdit<>(plans.save(plan, plan.version()), id);
    }

    /** Rewords a goal, keeping its link to what matters. */
    public CarePlan changeGoal(Actor actor, PersonId person, UUID goalId, String text) {
        access.change(actor, person, "plan", AuditAction.UPDATE, Writers.CARE_TEAM);
        CarePlan plan = plans.current(person).filter(p -> p.status().isOpen()).orElseThrow(PlanExchange::noPlan);
        var goal = plan.allGoals().stream().filter(g -> g.id().equals(goalId) && g.live()).findFirst()
                .orElseThrow(() -> new NotFoundException("The plan in use has no goal with that id."));
        plan.changeGoalAsSent(goalId, goal.whatMattersId(), text, stamp(actor));
        return plans.save(plan, plan.version());
    }

    /**
     * The person's plan in use, or their last closed one. A read is one statement (one round trip), so it needs no
     * transaction of its own, whose commit would be a second round trip; inside a caller's transaction it joins it.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<CarePlan> current(AccessGrant grant) {
        return plans.current(grant.person());
    }

    /**
     * As {@link #current}, as a query to send together with other modules' reads under the same grant (a FHIR
     * {@code $everything}). Building it reads nothing.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Query<Optional<CarePlan>> currentQuery(AccessGrant grant) {
        return plans.currentQuery(grant.person());
    }

    /** One of the person's plans, closed or not. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<CarePlan> plan(AccessGrant grant, UUID planId) {
        return plans.find(grant.person(), planId);
    }

    /** Whose plan this is: an id only, so that the read that follows can be checked and audited. */
    public Optional<PersonId> ownerOfPlan(UUID planId) {
        return plans.ownerOfPlan(planId);
    }

    public Optional<PersonId> ownerOfGoal(UUID goalId) {
        return plans.ownerOfGoal(goalId);
    }

    private void apply(CarePlan plan, PlanDraft draft, Stamp stamp) {
        if (!java.util.Objects.equals(plan.contingency(), blankToNull(draft.contingency()))) {
            plan.setContingency(blankToNull(draft.contingency()), stamp);
        }
        // Goals first: the actions may name them.
        for (int i = 0; i < draft.goals().size(); i++) {
            PlanDraft.NewGoal goal = draft.goals().get(i);
            try {
                plan.addGoalAsSent(goal.id(), null, goal.text(), stamp);
            } catch (InvalidInputException e) {
                throw e.under("goals[" + i + "]");
            }
        }
        Set<UUID> kept = new HashSet<>();
        for (PlanDraft.Action a : draft.actions()) {
            ActionDetails details = new ActionDetails(a.goalId(), a.description(), a.owner(), a.dueDate(),
                    a.component());
            if (a.id() != null && plan.allActions().stream().anyMatch(x -> x.live() && x.id().equals(a.id()))) {
                plan.changeActionAsSent(a.id(), details, stamp);
                kept.add(a.id());
            } else {
                kept.add(plan.addActionAsSent(details, stamp));
            }
        }
        for (PlanAction gone : plan.allActions()) {
            if (gone.live() && !kept.contains(gone.id())) {
                plan.voidAction(gone.id(), "Left out of the plan sent by " + stamp.by(), stamp);
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(actor.signature(), clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static NotFoundException noPlan() {
        return new NotFoundException("This person has no care and support plan in use. Create a CarePlan first.");
    }
}
