package care.whatmatters.person;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.person.domain.Demographics;
import care.whatmatters.person.domain.Person;
import care.whatmatters.person.persistence.PersonOnRecordRepository;
import care.whatmatters.person.persistence.PersonRepository;
import care.whatmatters.query.Query;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.NhsNumber;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.SqlCondition;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import care.whatmatters.team.CareTeams;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers people and keeps their demographics. */
@Service
public class PersonRegister {

    private static final String ON_REGISTER = "exists (select 1 from person where id = ? and voided_at is null)";

    private final PersonRepository people;
    private final PersonOnRecordRepository onRecord;
    private final RecordAccess access;
    private final CareTeams careTeams;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonRegister(PersonRepository people, PersonOnRecordRepository onRecord, RecordAccess access,
            CareTeams careTeams, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.onRecord = onRecord;
        this.access = access;
        this.careTeams = careTeams;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers a person. The practitioner who registers them joins their care team, which is what lets
     * them (and no one else yet) open the record.
     */
    @Transactional
    public Person register(Actor actor, PersonDetails details) {
        Demographics demographics = details.toDemographics(today());
        PersonId id = PersonId.newId();
        AccessGrant grant = access.registerNew(actor, id);
        Stamp stamp = stamp(actor);
        Person person = new Person(id, demographics, stamp, stamp, null);
        if (!people.insert(person)) {
            throw duplicate(demographics.nhsNumber());
        }
        careTeams.join(id, actor.practitioner(), grant.actor().title(), true, actor.signature());
        events.publishEvent(new PersonRegistered(id, demographics, false, stamp.at()));
        return person;
    }

    /**
     * Registers a generated, never-real person for demonstrations and scale tests, with the registering
     * practitioner in their care team. Marked synthetic so they can always be told apart from real people.
     */
    @Transactional
    public Person registerSynthetic(Actor actor, PersonDetails details) {
        Demographics demographics = details.toDemographics(today());
        PersonId id = PersonId.newId();
        AccessGrant grant = access.registerNew(actor, id);
        Stamp stamp = stamp(actor);
        Person person = new Person(id, demographics, stamp, stamp, null);
        if (!people.insert(person, true)) {
            throw duplicate(demographics.nhsNumber());
        }
        careTeams.join(id, actor.practitioner(), grant.actor().title(), true, actor.signature());
        events.publishEvent(new PersonRegistered(id, demographics, true, stamp.at()));
        return person;
    }

    public long syntheticCount() {
        return people.countSynthetic();
    }

    /** Whether the person is on the register (and not voided): for another module's write to ask as it writes. */
    public SqlCondition onRegister(PersonId id) {
        return new SqlCondition(ON_REGISTER, List.of(id.value()));
    }

    public static NotFoundException notFound() {
        return new NotFoundException("There is no person record with that id.");
    }

    /** The person a grant was issued for. */
    public Person get(AccessGrant grant) {
        return people.find(grant.person()).orElseThrow(PersonRegister::notFound);
    }

    /**
     * The person with their About Me, representatives and digital inclusion, read in one round trip under a grant
     * already decided and audited (the whole record).
     */
    public PersonOnRecord onRecord(AccessGrant grant) {
        return onRecord.find(grant.person()).orElseThrow(PersonRegister::notFound);
    }

    /**
     * As {@link #onRecord}, as a query to send together with other modules' reads under the same grant (its
     * answer is refused as not found when there is no such person). Building it reads nothing.
     */
    public Query<PersonOnRecord> onRecordQuery(AccessGrant grant) {
        return onRecord.findQuery(grant.person()).map(found -> found.orElseThrow(PersonRegister::notFound));
    }

    public Person read(Actor actor, PersonId id) {
        return get(access.read(actor, id, "person"));
    }

    public boolean exists(PersonId id) {
        return people.find(id).isPresent();
    }

    /** The person with this NHS number, if there is one and the actor may see them (the search is audited). */
    public List<Person> findByNhsNumber(Actor actor, NhsNumber nhsNumber) {
        Optional<Person> match = people.findByNhsNumber(nhsNumber);
        return match.filter(p -> access.readIfAllowed(actor, p.id(), "person").isPresent()).stream().toList();
    }

    /**
     * The id of the record with this NHS number, for a practitioner about to ask for emergency access. Only
     * the id is returned (no personal data), and the break-glass request that follows is audited.
     */
    public Optional<PersonId> idForEmergency(NhsNumber nhsNumber) {
        return people.findByNhsNumber(nhsNumber).map(Person::id);
    }

    /**
     * Which of the given people match a filter typed by their practitioner: part of the name, or the start
     * of the NHS number (spaces ignored). Answers ids only; reading the people is a separate, audited step.
     */
    public List<PersonId> matching(List<PersonId> among, String filter) {
        return people.matching(among, filter);
    }

    /** Summaries of the given people, for lists such as a caseload; each person listed is audited. */
    public List<Person> list(Actor actor, List<PersonId> ids) {
        ids.forEach(id -> access.readIfAllowed(actor, id, "caseload"));
        return people.findAll(ids);
    }

    @Transactional
    public Person updateDemographics(Actor actor, PersonId id, PersonDetails details) {
        AccessGrant grant = access.change(actor, id, "person", AuditAction.UPDATE, Writers.CARE_TEAM);
        Demographics changed = details.toDemographics(today());
        Person current = get(grant);
        if (people.nhsNumberInUse(changed.nhsNumber(), id)) {
            throw duplicate(changed.nhsNumber());
        }
        Person updated = current.withDemographics(changed, stamp(actor));
        people.updateDemographics(updated);
        events.publishEvent(new PersonDetailsChanged(id, changed));
        return updated;
    }

    /** Voids a record (for example a duplicate registration): kept for the audit trail, gone from searches. */
    @Transactional
    public void voidRecord(Actor actor, PersonId id, String reason) {
        AccessGrant grant = access.change(actor, id, "person", AuditAction.VOID, Writers.CARE_TEAM);
        Person current = get(grant);
        people.markVoided(current.voided(Voiding.of(stamp(actor), reason)));
        events.publishEvent(new PersonVoided(id));
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(actor.signature(), clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ConflictException duplicate(NhsNumber nhsNumber) {
        return new ConflictException("A person with NHS number " + nhsNumber.formatted()
                + " is already registered. Search for them instead of registering them again.");
    }

}
