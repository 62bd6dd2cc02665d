package care.whatmatters.careplan;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.careplan.domain.ActionDetails;
import care.whatmatters.careplan.domain.ActionProgress;
import care.whatmatters.careplan.domain.AgreedVersion;
import care.whatmatters.careplan.domain.Agreement;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.persistence.AgreedVersionRepository;
import care.whatmatters.careplan.persistence.CarePlanRepository;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.query.Query;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.StaleVersionException;
import care.whatmatters.shared.Stamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the plan: every change names the version it started from, passes the access check (audited),
 * is applied by the aggregate's rules and saved only if no one else saved first.
 * Each public method is one transaction.
 */
@Service
@Transactional
public class CarePlanning {

    private final CarePlanRepository plans;
    private final AgreedVersionRepository agreedVersions;
    private final RecordAccess access;
    private final PersonRegister register;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CarePlanning(CarePlanRepository plans, AgreedVersionRepository agreedVersions, RecordAccess access,
            PersonRegister register, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.plans = plans;
        this.agreedVersions = agreedVersions;
        this.access = access;
        this.register = register;
        this.clock = clock;
    }

    /**
     * As {@link #current}, as a query to send together with other modules' reads under the same grant (the whole
     * record). Building it reads nothing.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Query<Optional<CarePlan>> currentQuery(AccessGrant grant) {
        return plans.currentQuery(grant.person());
    }

    /** The plan in use, or the last closed one; empty when no plan was ever started. */
    public Optional<CarePlan> current(AccessGrant grant) {
        return plans.current(grant.person());
    }

    public CarePlan read(Actor actor, PersonId person) {
        return plans.current(access.read(actor, person, "plan").person()).orElseThrow(CarePlanning::noPlan);
    }

    public CarePlan start(Actor actor, PersonId person, LocalDate reviewDate, String contingency) {
        FreeText.optional("contingency", contingency, FreeText.LONG);
        access.change(actor, person, "plan", AuditAction.CREATE, Writers.CARE_TEAM);
        Stamp stamp = stamp(actor);
        CarePlan plan = CarePlan.start(Ids.newId(), person, reviewDate, today(), stamp);
        if (contingency != null && !contingency.isBlank()) {
            plan.setContingency(contingency, stamp);
        }
        if (!plans.insert(plan, register.onRegister(person))) {
            throw PersonRegister.notFound();
        }
        return plan;
    }

    public PlanEdit<UUID> addWhatMatters(Actor actor, PersonId person, long basedOn, String text) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> plan.addWhatMatters(text, stamp));
    }

    public CarePlan rewordWhatMatters(Actor actor, PersonId person, long basedOn, UUID id, String text) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> {
            plan.rewordWhatMatters(id, text, stamp);
            return id;
        }).plan();
    }

    public CarePlan voidWhatMatters(Actor actor, PersonId person, long basedOn, UUID id, String reason) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> {
            plan.voidWhatMatters(id, reason, stamp);
            return id;
        }).plan();
    }

    public PlanEdit<UUID> addGoal(Actor actor, PersonId person, long basedOn, UUID whatMattersId, String text) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM,
                (plan, stamp) -> plan.addGoal(whatMattersId, text, stamp));
    }

    public CarePlan changeGoal(Actor actor, PersonId person, long basedOn, UUID id, UUID whatMattersId, String text) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> {
            plan.changeGoal(id, whatMattersId, text, stamp);
            return id;
        }).plan();
    }

    public CarePlan voidGoal(Actor actor, PersonId person, long basedOn, UUID id, String reason) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> {
            plan.voidGoal(id, reason, stamp);
            return id;
        }).plan();
    }

    public PlanEdit<UUID> addAction(Actor actor, PersonId person, long basedOn, ActionDetails details) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> plan.addAction(details, stamp));
    }

    public CarePlan changeAction(Actor actor, PersonId person, long basedOn, UUID id, ActionDetails details) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> {
            plan.changeAction(id, details, stamp);
            return id;
        }).plan();
    }

    public CarePlan voidAction(Actor actor, PersonId person, long basedOn, UUID id, String reason) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> {
            plan.voidAction(id, reason, stamp);
            return id;
        }).plan();
    }

    public CarePlan recordProgress(Actor actor, PersonId person, long basedOn, UUID id, ActionProgress progress) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> {
            plan.recordProgress(id, progress, stamp);
            return id;
        }).plan();
    }

    public CarePlan setContingency(Actor actor, PersonId person, long basedOn, String text) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> {
            plan.setContingency(text, stamp);
            return text;
        }).plan();
    }

    public CarePlan setReviewDate(Actor actor, PersonId person, long basedOn, LocalDate date) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> {
            plan.setReviewDate(date, today(), stamp);
            return date;
        }).plan();
    }

    /**
     * Records agreement to the plan as it stands. The person may agree for themselves; a practitioner
     * records the agreement only by confirming that the person agreed.
     */
    public PlanEdit<AgreedVersion> agree(Actor actor, PersonId person, long basedOn, boolean personAgreed,
            String participants) {
        PlanEdit<AgreedVersion> agreed = edit(actor, person, basedOn, Writers.PERSON_OR_CARE_TEAM, (plan, stamp) ->
                plan.agree(new Agreement(stamp.at(), actor.name(), actor.title(),
                        personAgreed || actor.isPerson(), participants), today()));
        agreedVersions.insert(agreed.plan().id(), person, agreed.result());
        events.publishEvent(new PlanAgreed(person, agreed.plan().id(), agreed.result().number(),
                agreed.result().agreement().at(), actor.practitioner()));
        return agreed;
    }

    public CarePlan activate(Actor actor, PersonId person, long basedOn) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> {
            plan.activate(stamp);
            return plan.status();
        }).plan();
    }

    public CarePlan startReview(Actor actor, PersonId person, long basedOn) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> {
            plan.startReview(stamp);
            return plan.status();
        }).plan();
    }

    public CarePlan completeReviewUnchanged(Actor actor, PersonId person, long basedOn, LocalDate nextReview) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> {
            plan.completeReviewUnchanged(nextReview, today(), stamp);
            return plan.status();
        }).plan();
    }

    public CarePlan close(Actor actor, PersonId person, long basedOn, String reason) {
        return edit(actor, person, basedOn, Writers.CARE_TEAM, (plan, stamp) -> {
            plan.close(reason, stamp);
            return plan.status();
        }).plan();
    }

    /** Loads the plan, checks it is still the version the editor started from, applies the change, saves. */
    <T> PlanEdit<T> edit(Actor actor, PersonId person, long basedOn, Writers writers,
            BiFunction<CarePlan, Stamp, T> change) {
        access.change(actor, person, "plan", AuditAction.UPDATE, writers);
        CarePlan plan = plans.current(person).filter(p -> p.status().isOpen()).orElseThrow(CarePlanning::noPlan);
        if (plan.version() != basedOn) {
            throw new StaleVersionException("This plan", basedOn, plan.version());
        }
        T result = change.apply(plan, stamp(actor));
        return new PlanEdit<>(plans.save(plan, basedOn), result);
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(actor.signature(), clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Checks a plan passed in with a grant is that person's, so a grant cannot be used to read another plan. */
    static CarePlan belongsTo(AccessGrant grant, CarePlan plan) {
        if (!plan.person().equals(grant.person())) {
            throw new IllegalArgumentException("The plan is not the granted person's");
        }
        return plan;
    }

    static NotFoundException noPlan() {
        return new NotFoundException("This person has no care and support plan in use. Start one first.");
    }
}
