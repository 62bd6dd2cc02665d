package care.whatmatters.selfmanagement;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.query.Query;
import care.whatmatters.selfmanagement.domain.IncomingReading;
import care.whatmatters.selfmanagement.domain.MonitoringTarget;
import care.whatmatters.selfmanagement.domain.Reading;
import care.whatmatters.selfmanagement.domain.ReadingKind;
import care.whatmatters.selfmanagement.domain.SourceConsent;
import care.whatmatters.selfmanagement.persistence.MonitoringRepository;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readings from the apps and wearables people use, only from sources they consented to, shown as trends
 * against the targets that serve their goals.
 */
@Service
public class SelfMonitoring {

    /** How many of the latest readings of each kind the record shows. */
    static final int SHOWN = 30;

    private final MonitoringRepository repository;
    private final RecordAccess access;
    private final CarePlanning planning;
    private final Clock clock;

    SelfMonitoring(MonitoringRepository repository, RecordAccess access, CarePlanning planning, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.planning = planning;
        this.clock = clock;
    }

    /** What happened to a batch: how many readings were new, and how many were already stored. */
    public record Received(int accepted, int duplicates, List<Reading> readings) {
    }

    @Transactional
    public SourceConsent consent(Actor actor, PersonId person, String source, String name) {
        AccessGrant grant = access.change(actor, person, "consent to a source of readings", AuditAction.CREATE,
                Writers.PERSON_OR_CARE_TEAM);
        SourceConsent consent = SourceConsent.of(Ids.newId(), person, source, name, grant.byPersonOrRepresentative(),
                stamp(actor));
        if (!repository.insert(consent)) {
            throw new ConflictException("The person already consents to readings from " + name + ".");
        }
        return consent;
    }

    @Transactional
    public void withdrawConsent(Actor actor, PersonId person, UUID consent) {
        access.change(actor, person, "consent to a source of readings", AuditAction.UPDATE, Writers.PERSON_OR_CARE_TEAM);
        if (!repository.withdraw(person, consent, stamp(actor))) {
            throw new NotFoundException("There is no active consent with that id on this record.");
        }
    }

    /**
     * Checks and stores readings, all or none: one bad reading, or one from a source without the person's
     * consent, refuses the whole batch (422 naming it). A reading already stored is skipped, not an error.
     */
    @Transactional
    public Received receive(Actor actor, PersonId person, List<IncomingReading> incoming) {
        AccessGrant grant = access.change(actor, person, "self-monitoring readings", AuditAction.CREATE,
                Writers.PERSON_OR_CARE_TEAM);
        if (incoming.isEmpty()) {
            throw InvalidInputException.of("entry", "must hold at least one Observation");
        }
        Set<String> consented = repository.consents(grant.person()).stream().filter(SourceConsent::active)
                .map(SourceConsent::source).collect(Collectors.toSet());
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        List<Reading> checked = new ArrayList<>();
        for (IncomingReading in : incoming) {
            if (!consented.contains(in.source())) {
                problems.add(new FieldProblem(in.at() + ".identifier.system", "names a source (" + in.source()
                        + ") the person has not consented to share readings from: record their consent first"));
                continue;
            }
            Reading.check(Ids.newId(), person, in, now, problems).ifPresent(checked::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Reading> stored = checked.stream().filter(repository::insert).toList();
        return new Received(stored.size(), checked.size() - stored.size(), stored);
    }

    @Transactional
    public MonitoringTarget setTarget(Actor actor, PersonId person, ReadingKind kind, UUID goal,
            MonitoringTarget.Direction direction, BigDecimal value) {
        MonitoringTarget target = MonitoringTarget.of(Ids.newId(), person, kind, goal, direction, value, stamp(actor));
        AccessGrant grant = access.change(actor, person, "self-monitoring target", AuditAction.UPDATE,
                Writers.PERSON_OR_CARE_TEAM);
        boolean inPlan = planning.current(grant).stream().flatMap(p -> p.content().goals().stream())
                .anyMatch(g -> g.id().equals(goal));
        if (!inPlan) {
            throw InvalidInputException.of("goal", "must be a goal in the person's plan");
        }
        repository.replace(target);
        return target;
    }

    /** Consents, and the latest readings of each kind against their targets. */
    public MonitoringSummary summary(AccessGrant grant) {
        return MonitoringSummary.of(repository.consents(grant.person()), repository.readings(grant.person(), SHOWN),
                repository.targets(grant.person()));
    }

    public MonitoringSummary summary(Actor actor, PersonId person) {
        return summary(access.read(actor, person, "self-monitoring"));
    }

    /** The person's source consents, newest first, without the readings (the FHIR Consent resources need no more). */
    public List<SourceConsent> consents(AccessGrant grant) {
        return repository.consents(grant.person());
    }

    /** As {@link #consents}, as a query to send together with other modules' reads under the same grant. */
    public Query<List<SourceConsent>> consentsQuery(AccessGrant grant) {
        return repository.consentsQuery(grant.person());
    }

    /** Every reading the person has, oldest first. */
    public List<Reading> readings(AccessGrant grant) {
        return repository.allReadings(grant.person());
    }

    /** As {@link #readings}, as a query to send together with other modules' reads under the same grant. */
    public Query<List<Reading>> readingsQuery(AccessGrant grant) {
        return repository.allReadingsQuery(grant.person());
    }

    /** Whose reading this is (an id, no personal data), for the access check that must come before reading it. */
    public java.util.Optional<PersonId> ownerOfReading(UUID reading) {
        return repository.ownerOfReading(reading);
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(actor.signature(), clock.instant());
    }

    /** Whose consent this is (for the FHIR API's {@code Consent/{id}}); reading it still needs the access check. */
    public java.util.Optional<PersonId> personOfConsent(UUID consent) {
        return repository.personOfConsent(consent);
    }
}
