package care.whatmatters.person;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Accounts;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.person.domain.ContactDetails;
import care.whatmatters.person.domain.Demographics;
import care.whatmatters.person.domain.OtherIdentifier;
import care.whatmatters.person.domain.Person;
import care.whatmatters.person.persistence.ConnectedDetailsRepository;
import care.whatmatters.person.persistence.PersonRepository;
import care.whatmatters.query.Query;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.NhsNumber;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.team.CareTeams;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person record as connected systems (the FHIR API) exchange it: demographics with an optional NHS
 * number, other identifiers, phone and address. Registering makes the registering practitioner (or system
 * account) a member of the care team, so it reads back what it wrote and nothing else; every read and write
 * passes {@link RecordAccess}.
 */
@Service
public class ConnectedPeople {

    private final PersonRepository people;
    private final ConnectedDetailsRepository details;
    private final RecordAccess access;
    private final CareTeams careTeams;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConnectedPeople(PersonRepository people, ConnectedDetailsRepository details, RecordAccess access,
            CareTeams careTeams, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.details = details;
        this.access = access;
        this.careTeams = careTeams;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Registers a person; the NHS number may be missing, but then another identifier is required. */
    @Transactional
    public ConnectedRecord register(Actor actor, PersonDetails given, List<OtherIdentifier> identifiers,
            ContactDetails contact) {
        Demographics demographics = checked(given, identifiers, contact);
        PersonId id = PersonId.newId();
        AccessGrant grant = access.registerNew(actor, id);
        Stamp stamp = new Stamp(actor.signature(), clock.instant());
        Person person = new Person(id, demographics, stamp, stamp, null);
        // The unique indexes are the duplicate check: no read before the writes, and nothing to race with. The
        // person and their identifiers go in one statement.
        refuseTaken(people.insert(person, contact, identifiers)
                .orElseThrow(() -> nhsNumberTaken(demographics.nhsNumber())));
        careTeams.join(id, actor.practitioner(), grant.actor().title(), true, actor.signature());
        events.publishEvent(new PersonRegistered(id, demographics, false, stamp.at()));
        return new ConnectedRecord(person, List.copyOf(identifiers), contact, 1);
    }

    /**
     * Replaces the demographics, identifiers and contact details: only the care team may. {@code basedOn}, when
     * given, is the version the sender read; a record changed since is refused (409), not overwritten.
     */
    @Transactional
    public ConnectedRecord update(Actor actor, PersonId id, Long basedOn, PersonDetails given,
            List<OtherIdentifier> identifiers, ContactDetails contact) {
        AccessGrant grant = access.change(actor, id, "person", AuditAction.UPDATE, Writers.CARE_TEAM);
        Demographics demographics = checked(given, identifiers, contact);
        ConnectedRecord current = read(grant);
        if (basedOn != null && basedOn != current.version()) {
            throw new care.whatmatters.shared.StaleVersionException("This person's record", basedOn, current.version());
        }
        if (demographics.nhsNumber() != null && people.nhsNumberInUse(demographics.nhsNumber(), id)) {
            throw nhsNumberTaken(demographics.nhsNumber());
        }
        Person updated = current.person().withDemographics(demographics, new Stamp(actor.signature(), clock.instant()));
        people.updateDemographics(updated);
        refuseTaken(details.save(id, identifiers, contact));
        events.publishEvent(new PersonDetailsChanged(id, demographics));
        return read(grant);
    }

    public ConnectedRecord read(Actor actor, PersonId id) {
        return read(access.read(actor, id, "person"));
    }

    public ConnectedRecord read(AccessGrant grant) {
        return details.records(List.of(grant.person())).stream().findFirst().orElseThrow(PersonRegister::notFound);
    }

    /**
     * As {@link #read(AccessGrant)}, as a query to send together with other modules' reads under the same grant
     * (a FHIR {@code $everything}); its answer is empty if there is no such person, which {@link #found} turns
     * into the same "not found" as {@code read}.
     */
    public Query<Optional<ConnectedRecord>> readQuery(AccessGrant grant) {
        return details.recordsQuery(List.of(grant.person())).map(found -> found.stream().findFirst());
    }

    /** The person a {@link #readQuery} found, or the same refusal {@link #read(AccessGrant)} gives. */
    public static ConnectedRecord found(Optional<ConnectedRecord> answer) {
        return answer.orElseThrow(PersonRegister::notFound);
    }

    /**
     * The ids of the people the actor may see (their care team's people, their own record, those they act for)
     * that match the criteria, most recently changed first. Ids only: reading them is {@link #readAll}.
     */
    public List<PersonId> find(Actor actor, PersonCriteria criteria) {
        Set<PersonId> visible = new LinkedHashSet<>();
        if (actor.isPractitioner()) {
            visible.addAll(careTeams.caseload(actor.practitioner()));
        }
        if (actor.isPerson() && actor.person() != null) {
            visible.add(actor.person());
        }
        if (actor.accountId() != null && actor.isPerson()) {
            visible.addAll(accounts.peopleActedFor(actor.accountId()));
        }
        return details.matching(visible, criteria.id(), Optional.ofNullable(criteria.identifier()),
                criteria.nhsNumber(), criteria.updatedFrom(), criteria.updatedTo());
    }

    /** Reads the given people for a search, in the order given; each is audited, any not allowed is left out. */
    public List<ConnectedRecord> readAll(Actor actor, List<PersonId> ids) {
        List<PersonId> allowed = ids.stream()
                .filter(id -> access.readIfAllowed(actor, id, "person").isPresent()).toList();
        return details.records(allowed);
    }

    private Demographics checked(PersonDetails given, List<OtherIdentifier> identifiers, ContactDetails contact) {
        Demographics demographics = given.toDemographics(LocalDate.now(clock), false);
        InputCheck check = new InputCheck();
        for (int i = 0; i < identifiers.size(); i++) {
            identifiers.get(i).check(check, "identifier[" + i + "]");
        }
        check.that(demographics.nhsNumber() != null || !identifiers.isEmpty(), "identifier",
                "is required: an NHS number or another identifier the sending system knows the person by");
        check.that(identifiers.stream().distinct().count() == identifiers.size(), "identifier", "is repeated");
        contact.check(check);
        check.orThrow();
        return demographics;
    }

    private static ConflictException nhsNumberTaken(NhsNumber nhsNumber) {
        return new ConflictException("A person with NHS number " + nhsNumber.formatted() + " is already registered.");
    }

    /** Refuses the change when an identifier already names someone else (the transaction is rolled back). */
    private static void refuseTaken(List<OtherIdentifier> taken) {
        if (!taken.isEmpty()) {
            throw new ConflictException("A person with this identifier (system " + taken.getFirst().system()
                    + ") is already registered.");
        }
    }

    /**
     * What to look for; null parts match everyone.
     *
     * @param identifier an other identifier; a null system matches any system
     */
    public record PersonCriteria(UUID id, OtherIdentifier identifier, String nhsNumber, Instant updatedFrom,
            Instant updatedTo) {
    }
}
