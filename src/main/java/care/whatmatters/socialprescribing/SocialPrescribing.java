package care.whatmatters.socialprescribing;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.domain.ReferralSource;
import care.whatmatters.socialprescribing.domain.Referrer;
import care.whatmatters.socialprescribing.persistence.ReferralRepository;
import care.whatmatters.team.CareTeams;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving referrals to social prescribing and link workers taking them. Every use case passes the access
 * check (audited) and is one transaction; the referral's own rules decide what may happen next.
 */
@Service
@Transactional
public class SocialPrescribing {

    static final String LINK_WORKER_ROLE = "Social prescribing link worker";

    private final ReferralRepository referrals;
    private final RecordAccess access;
    private final CareTeams careTeams;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SocialPrescribing(ReferralRepository referrals, RecordAccess access, CareTeams careTeams, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.referrals = referrals;
        this.access = access;
        this.careTeams = careTeams;
        this.clock = clock;
    }

    /**
     * A referral from the care team (any source they record), or a self-referral from the person or someone
     * acting for them. A person has at most one open referral at a time.
     */
    public Referral refer(Actor actor, PersonId person, ReferralRequest request) {
        if (request == null) {
            throw care.whatmatters.shared.InvalidInputException.of("reasons", "is required");
        }
        boolean practitioner = actor.isPractitioner();
        InputCheck check = new InputCheck();
        ReferralSource source = practitioner ? check.choice("source", ReferralSource.class, request.source())
                : ReferralSource.SELF;
        check.required("source", source).orThrow();
        AccessGrant grant = access.change(actor, person, "referral", AuditAction.CREATE,
                practitioner ? Writers.CARE_TEAM : Writers.PERSON_OR_CARE_TEAM);
        if (referrals.ofPerson(person).stream().anyMatch(r -> r.status().isOpen())) {
            throw new ConflictException("There is already an open referral to social prescribing for this person.");
        }
        Referrer referrer = new Referrer(grant.byPersonOrRepresentative() ? actor.name() + " (self-referral)"
                : actor.signature(), actor.practitioner(),
                practitioner ? careTeams.practitioner(actor.practitioner()).organisation() : null);
        Referral referral = Referral.receive(person, source, referrer, request.reasons(), request.needs(), stamp(actor));
        referrals.insert(referral);
        events.publishEvent(new ReferralMade(person, referral.id(), source.name(), referral.receivedAt(),
                actor.practitioner()));
        return referral;
    }

    /** A link worker takes a referral and joins the person's care team. */
    public Referral take(Actor actor, PersonId person, UUID id) {
        access.takeReferral(actor, person);
        var worker = careTeams.practitioner(actor.practitioner());
        if (worker.profession() != care.whatmatters.team.Profession.LINK_WORKER) {
            throw new ConflictException("Only social prescribing link workers take referrals.");
        }
        Referral referral = load(person, id);
        long version = referral.version();
        referral.take(new care.whatmatters.socialprescribing.domain.LinkWorker(worker.id(), worker.name()), stamp(actor));
        if (!careTeams.isMember(worker.id(), person)) {
            careTeams.join(person, worker.id(), LINK_WORKER_ROLE, false, actor.signature());
        }
        return referrals.save(referral, version);
    }

    /** Applies one change to a referral by a member of the person's care team, and saves it. */
    Referral change(Actor actor, PersonId person, UUID id, Consumer<Referral> change) {
        access.change(actor, person, "referral", AuditAction.UPDATE, Writers.CARE_TEAM);
        Referral referral = load(person, id);
        long version = referral.version();
        change.accept(referral);
        return referrals.save(referral, version);
    }

    Referral load(PersonId person, UUID id) {
        return referrals.find(person, id).orElseThrow(() ->
                new NotFoundException("This person has no referral to social prescribing with that id."));
    }

    Stamp stamp(Actor actor) {
        return new Stamp(actor.signature(), clock.instant());
    }
}
