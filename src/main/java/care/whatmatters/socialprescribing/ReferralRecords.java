package care.whatmatters.socialprescribing;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.domain.Person;
import care.whatmatters.query.Query;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.socialprescribing.domain.MessageBack;
import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.persistence.ReferralRepository;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reading referrals: a person's, one referral (also for a link worker about to take it), the message back. */
@Service
@Transactional(readOnly = true)
public class ReferralRecords {

    private final ReferralRepository referrals;
    private final RecordAccess access;
    private final PersonRegister register;

    ReferralRecords(ReferralRepository referrals, RecordAccess access, PersonRegister register) {
        this.referrals = referrals;
        this.access = access;
        this.register = register;
    }

    /** A referral with the person it is about and the grounds on which the reader sees it. */
    public record ReferralOnRecord(Person person, Referral referral, AccessGrant grant) {
        /** Whether the reader sees it only because it waits for a link worker (not yet in the care team). */
        public boolean waitingToBeTaken() {
            return grant.basis() == care.whatmatters.audit.AccessBasis.REFERRAL;
        }
    }

    public record PersonReferrals(Person person, List<Referral> referrals, AccessGrant grant) {
    }

    public PersonReferrals of(Actor actor, PersonId person) {
        AccessGrant grant = access.read(actor, person, "referrals");
        return new PersonReferrals(register.get(grant), referrals.ofPerson(person), grant);
    }

    /**
     * A person's referrals alone, newest first, for readers that already hold the person or need only the
     * referrals (the FHIR ServiceRequest and Task resources): one read, not two.
     */
    public List<Referral> referrals(Actor actor, PersonId person) {
        return referrals(access.read(actor, person, "referrals"));
    }

    /** As {@link #referrals(Actor, PersonId)}, under a grant already decided and audited (a FHIR {@code $everything}). */
    public List<Referral> referrals(AccessGrant grant) {
        return referrals.ofPerson(grant.person());
    }

    /** As {@link #referrals(AccessGrant)}, as a query to send together with other modules' reads. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Query<List<Referral>> referralsQuery(AccessGrant grant) {
        return referrals.ofPersonQuery(grant.person());
    }

    public ReferralOnRecord one(Actor actor, PersonId person, UUID id) {
        AccessGrant grant = access.readReferral(actor, person);
        Referral referral = referrals.find(person, id).orElseThrow(() ->
                new NotFoundException("This person has no referral to social prescribing with that id."));
        return new ReferralOnRecord(register.get(grant), referral, grant);
    }

    /** The message back as sent; a printed or downloaded copy is audited as an export. */
    public MessageBack messageBack(Actor actor, PersonId person, UUID id, boolean copy) {
        if (copy) {
            access.export(actor, person, "message back");
        } else {
            access.read(actor, person, "message back");
        }
        Referral referral = referrals.find(person, id).orElseThrow(() ->
                new NotFoundException("This person has no referral to social prescribing with that id."));
        if (referral.messageBack() == null) {
            throw new ConflictException("This referral is not closed yet, so there is no message back.");
        }
        return referral.messageBack();
    }

    /**
     * One referral known only by its id, or by the id of one of its onward referrals (the FHIR API's
     * {@code ServiceRequest/{id}}): whose it is is looked up first, then read as
     * {@link #one(Actor, PersonId, UUID)}, so the access check and the audit are the same.
     */
    public ReferralOnRecord one(Actor actor, UUID id) {
        ReferralRepository.Located found = referrals.locate(id).orElseThrow(() ->
                new NotFoundException("There is no referral to social prescribing with that id."));
        return one(actor, found.person(), found.referral());
    }
}
