package care.whatmatters.decision;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.decision.domain.ChoiceExclusion;
import care.whatmatters.decision.domain.ChoiceOffer;
import care.whatmatters.decision.persistence.ChoiceOfferRepository;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Choice of provider on a plan action or a referral: offered (which providers, which one was chosen) or why
 * it does not apply. A newer offer for the same action replaces the older one on the record; both are kept.
 */
@Service
public class ChoiceOffers {

    private final ChoiceOfferRepository offers;
    private final RecordAccess access;
    private final CarePlanning planning;
    private final Clock clock;

    ChoiceOffers(ChoiceOfferRepository offers, RecordAccess access, CarePlanning planning, Clock clock) {
        this.offers = offers;
        this.access = access;
        this.planning = planning;
        this.clock = clock;
    }

    /** What was offered, as entered. */
    public record Offer(ChoiceOffer.Subject subject, UUID subjectId, boolean offered, List<String> providers,
            String chosen, ChoiceExclusion exclusion, String exclusionDetail) {
    }

    @Transactional
    public ChoiceOffer record(Actor actor, PersonId person, Offer o) {
        ChoiceOffer offer = ChoiceOffer.of(Ids.newId(), person, o.subject(), o.subjectId(), o.offered(), o.providers(),
                o.chosen(), o.exclusion(), o.exclusionDetail(), new Stamp(actor.signature(), clock.instant()));
        AccessGrant grant = access.change(actor, person, "choice offer", AuditAction.CREATE, Writers.CARE_TEAM);
        if (offer.subject() == ChoiceOffer.Subject.PLAN_ACTION && planning.current(grant).stream()
                .flatMap(p -> p.content().actions().stream()).noneMatch(a -> a.id().equals(offer.subjectId()))) {
            throw new NotFoundException("The plan has no action with that id.");
        }
        offers.insert(offer);
        return offer;
    }

    /** The current offer for each subject, newest first. */
    public List<ChoiceOffer> current(AccessGrant grant) {
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        return offers.all(grant.person()).stream().filter(o -> seen.add(o.subjectId())).toList();
    }

    public List<ChoiceOffer> current(Actor actor, PersonId person) {
        return current(access.read(actor, person, "choice offers"));
    }
}
