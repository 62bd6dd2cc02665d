package care.whatmatters.selfmanagement;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.Goal;
import care.whatmatters.outcome.LicensedInstrument;
import care.whatmatters.outcome.LicensedMeasures;
import care.whatmatters.person.PersonalCircumstances;
import care.whatmatters.person.domain.DigitalInclusion;
import care.whatmatters.query.Queries;
import care.whatmatters.query.Query;
import care.whatmatters.selfmanagement.domain.Activation;
import care.whatmatters.selfmanagement.domain.DigitalReach;
import care.whatmatters.selfmanagement.domain.SupportCatalogue;
import care.whatmatters.selfmanagement.domain.SupportSession;
import care.whatmatters.selfmanagement.persistence.SelfManagementRepository;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Activation, the support suggested for it, and coaching and peer-support sessions. */
@Service
public class SelfManagement {

    private final SelfManagementRepository repository;
    private final RecordAccess access;
    private final LicensedMeasures licences;
    private final PersonalCircumstances circumstances;
    private final CarePlanning planning;
    private final SupportCatalogue catalogue;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Queries queries;

    SelfManagement(SelfManagementRepository repository, RecordAccess access, LicensedMeasures licences,
            PersonalCircumstances circumstances, CarePlanning planning, SupportCatalogue catalogue, Clock clock,
            ApplicationEventPublisher events, Queries queries) {
        this.events = events;
        this.queries = queries;
        this.repository = repository;
        this.access = access;
        this.licences = licences;
        this.circumstances = circumstances;
        this.planning = planning;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Records a PAM score and level; only a practitioner who holds a PAM licence may. */
    @Transactional
    public Activation recordActivation(Actor actor, PersonId person, BigDecimal score, Integer level,
            LocalDate measuredOn) {
        Activation activation = Activation.of(Ids.newId(), person, score, level, measuredOn, LocalDate.now(clock),
                stamp(actor));
        access.change(actor, person, "activation (PAM)", AuditAction.CREATE, Writers.CARE_TEAM);
        licences.requireLicence(actor, LicensedInstrument.PAM);
        repository.insert(activation);
        return activation;
    }

    @Transactional
    public SupportSession recordSession(Actor actor, PersonId person, SupportSession.Kind kind, LocalDate heldOn,
            String facilitator, String notes, List<UUID> goals) {
        AccessGrant grant = access.change(actor, person, "self-management session", AuditAction.CREATE,
                Writers.CARE_TEAM);
        SupportSession session = SupportSession.of(Ids.newId(), person, kind, heldOn, facilitator, notes, goals,
                LocalDate.now(clock), stamp(actor));
        List<UUID> live = planGoals(grant).stream().map(Goal::id).toList();
        if (!live.containsAll(session.goals())) {
            throw InvalidInputException.of("goals", "must be goals in the person's plan");
        }
        repository.insert(session);
        events.publishEvent(new SelfManagementSessionHeld(person, kind.name(), session.heldOn(), actor.practitioner()));
        return session;
    }

    /** Everything the record shows about self-management, read under one grant. */
    public SelfManagementSummary summary(AccessGrant grant) {
        return summary(grant, circumstances.digitalInclusion(grant), planning.current(grant));
    }

    /**
     * The summary from the person's digital inclusion and current plan as the caller has already read them under
     * the same grant (the whole record reads both for itself), so that they are not read twice.
     */
    public SelfManagementSummary summary(AccessGrant grant, Optional<DigitalInclusion> inclusion,
            Optional<CarePlan> plan) {
        return summary(inclusion, plan, queries.one(repository.recordedQuery(grant.person())));
    }

    /**
     * What is recorded about the person's self-management (measures and sessions), as a query to send together
     * with other modules' reads under the same grant (the whole record); {@link #summary(Optional, Optional,
     * SelfManagementRecords)} makes the summary from its answer.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Query<SelfManagementRecords> recordedQuery(AccessGrant grant) {
        return repository.recordedQuery(grant.person());
    }

    public SelfManagementSummary summary(Optional<DigitalInclusion> inclusion, Optional<CarePlan> plan,
            SelfManagementRecords recorded) {
        DigitalReach reach = DigitalReach.of(inclusion);
        Optional<Activation> latest = recorded.activations().stream().findFirst();
        return new SelfManagementSummary(recorded.activations(), reach,
                latest.map(a -> catalogue.suggest(a.level(), reach)).orElse(List.of()),
                recorded.sessions(), openGoals(plan));
    }

    public SelfManagementSummary summary(Actor actor, PersonId person) {
        return summary(access.read(actor, person, "self-management"));
    }

    public boolean licensedForPam(Actor actor) {
        return licences.holds(actor, LicensedInstrument.PAM);
    }

    private List<Goal> planGoals(AccessGrant grant) {
        return openGoals(planning.current(grant));
    }

    private static List<Goal> openGoals(Optional<CarePlan> plan) {
        return plan.filter(p -> p.status().isOpen()).map(p -> p.content().goals()).orElse(List.of());
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(actor.signature(), clock.instant());
    }
}
