package care.whatmatters.person;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.person.domain.DigitalInclusion;
import care.whatmatters.person.domain.Representative;
import care.whatmatters.person.persistence.DigitalInclusionRepository;
import care.whatmatters.person.persistence.RepresentativeRepository;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people around the person (representatives and carers) and their digital inclusion. */
@Service
public class PersonalCircumstances {

    private final RepresentativeRepository representatives;
    private final DigitalInclusionRepository digital;
    private final RecordAccess access;
    private final PersonRegister register;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalCircumstances(RepresentativeRepository representatives, DigitalInclusionRepository digital,
            RecordAccess access, PersonRegister register, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.representatives = representatives;
        this.digital = digital;
        this.access = access;
        this.register = register;
        this.clock = clock;
    }

    public List<Representative> representatives(AccessGrant grant) {
        return representatives.current(grant.person());
    }

    public Optional<DigitalInclusion> digitalInclusion(AccessGrant grant) {
        return digital.current(grant.person());
    }

    public List<Representative> representatives(Actor actor, PersonId person) {
        return representatives(access.read(actor, person, "representatives"));
    }

    public Optional<DigitalInclusion> digitalInclusion(Actor actor, PersonId person) {
        return digitalInclusion(access.read(actor, person, "digital-inclusion"));
    }

    @Transactional
    public Representative addRepresentative(Actor actor, PersonId person, String name, String relationship,
            String contact, boolean carer, boolean legalAuthority) {
        InputCheck check = new InputCheck();
        Representative.check(check, name, relationship, contact);
        check.orThrow();
        register.get(access.change(actor, person, "representatives", AuditAction.UPDATE, Writers.PERSON_OR_CARE_TEAM));
        Representative added = new Representative(Ids.newId(), name, relationship, contact, carer, legalAuthority,
                new Stamp(actor.signature(), clock.instant()));
        representatives.insert(person, added);
        return added;
    }

    @Transactional
    public void voidRepresentative(Actor actor, PersonId person, UUID representative, String reason) {
        FreeText.required("reason", reason, FreeText.SHORT);
        access.change(actor, person, "representatives", AuditAction.VOID, Writers.PERSON_OR_CARE_TEAM);
        Voiding voiding = Voiding.of(new Stamp(actor.signature(), clock.instant()), reason);
        if (!representatives.markVoided(person, representative, voiding)) {
            throw new NotFoundException("That representative is not on this person's record.");
        }
    }

    @Transactional
    public DigitalInclusion recordDigitalInclusion(Actor actor, PersonId person, DigitalInclusionAnswers answers) {
        DigitalInclusion assessed = answers.toAssessment(actor.signature(), clock.instant());
        register.get(access.change(actor, person, "digital-inclusion", AuditAction.UPDATE,
                Writers.PERSON_OR_CARE_TEAM));
        digital.insert(person, assessed);
        events.publishEvent(new DigitalInclusionRecorded(person, assessed.digitallyExcluded()));
        return assessed;
    }
}
