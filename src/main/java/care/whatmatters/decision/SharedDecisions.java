package care.whatmatters.decision;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.domain.ActionProgress;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.decision.domain.DecisionDraft;
import care.whatmatters.decision.domain.SharedDecision;
import care.whatmatters.decision.persistence.SharedDecisionRepository;
import care.whatmatters.outcome.OutcomeRecords;
import care.whatmatters.outcome.domain.OutcomeResponse;
import care.whatmatters.query.Query;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.team.CareTeams;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared decisions on the person's record. Each public method is one transaction: a decision that should
 * update the plan and cannot (the plan is agreed and not under review, say) is refused whole.
 */
@Service
@Transactional
public class SharedDecisions {

    private final SharedDecisionRepository decisions;
    private final RecordAccess access;
    private final CarePlanning planning;
    private final OutcomeRecords outcomes;
    private final CareTeams careTeams;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SharedDecisions(SharedDecisionRepository decisions, RecordAccess access, CarePlanning planning,
            OutcomeRecords outcomes, CareTeams careTeams, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.decisions = decisions;
        this.access = access;
        this.planning = planning;
        this.outcomes = outcomes;
        this.careTeams = careTeams;
        this.clock = clock;
    }

    /** Records the conversation; {@code chosenIndex} (an index into the options) also records the decision. */
    public SharedDecision record(Actor actor, PersonId person, DecisionDraft draft, Integer chosenIndex,
            String reasons, PlanLink link) {
        access.change(actor, person, "shared decision", AuditAction.CREATE, Writers.CARE_TEAM);
        SharedDecision recorded = SharedDecision.record(Ids.newId(), person, draft, stamp(actor));
        decisions.insert(recorded, actor.isPractitioner()
                ? careTeams.practitioner(actor.practitioner()).organisation() : null);
        if (chosenIndex == null) {
            return recorded;
        }
        if (chosenIndex < 0 || chosenIndex >= draft.options().size()) {
            throw care.whatmatters.shared.InvalidInputException.of("chosenOption", "must be one of the options");
        }
        return decideAndLink(actor, person, recorded, draft.options().get(chosenIndex).id(), reasons, link);
    }

    public SharedDecision decide(Actor actor, PersonId person, UUID id, UUID option, String reasons, PlanLink link) {
        access.change(actor, person, "shared decision", AuditAction.UPDATE, Writers.CARE_TEAM);
        return decideAndLink(actor, person, find(person, id), option, reasons, link);
    }

    /** The person says the recorded decision is not what they decided; the team sees it flagged. */
    public SharedDecision flagNotMine(Actor actor, PersonId person, UUID id, String words) {
        AccessGrant grant = access.change(actor, person, "shared decision", AuditAction.UPDATE,
                Writers.PERSON_OR_CARE_TEAM);
        if (!grant.byPersonOrRepresentative()) {
            throw new ConflictException("Only the person, or someone acting for them, can say a decision is not "
                    + "what they decided.");
        }
        return decisions.save(find(person, id).flaggedNotMine(words, stamp(actor)));
    }

    public SharedDecision answerFlag(Actor actor, PersonId person, UUID id, String response) {
        access.change(actor, person, "shared decision", AuditAction.UPDATE, Writers.CARE_TEAM);
        return decisions.save(find(person, id).flagAnswered(response, stamp(actor)));
    }

    /** The person's collaboRATE answers about the decision conversation, for the service that held it. */
    public OutcomeResponse rateEncounter(Actor actor, PersonId person, UUID id, List<Integer> answers) {
        AccessGrant grant = access.change(actor, person, "collaboRATE", AuditAction.CREATE,
                Writers.PERSON_OR_CARE_TEAM);
        find(person, id);
        if (!outcomes.about(grant, id).isEmpty()) {
            throw new ConflictException("This conversation already has a collaboRATE response: one per encounter.");
        }
        return outcomes.recordCollaborate(grant, id, decisions.service(person, id), answers);
    }

    @Transactional(readOnly = true)
    public DecisionsOnRecord onRecord(AccessGrant grant) {
        List<SharedDecision> all = decisions.all(grant.person());
        return new DecisionsOnRecord(all, outcomes.aboutAny(grant, all.stream().map(SharedDecision::id).toList()));
    }

    /**
     * The decisions on record, with their ratings taken from the person's outcome responses that the caller has
     * already read (the whole record reads them all), so that they are not read again.
     */
    public DecisionsOnRecord onRecord(AccessGrant grant, List<OutcomeResponse> responsesOnRecord) {
        return onRecord(grant, decisions.all(grant.person()), responsesOnRecord);
    }

    /** The person's decisions, as a query to send together with other modules' reads (the whole record). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Query<List<SharedDecision>> decisionsQuery(AccessGrant grant) {
        return decisions.allQuery(grant.person());
    }

    /** As {@link #onRecord(AccessGrant, List)}, with the decisions too already read (by {@link #decisionsQuery}). */
    public DecisionsOnRecord onRecord(AccessGrant grant, List<SharedDecision> all,
            List<OutcomeResponse> responsesOnRecord) {
        Set<UUID> decided = all.stream().map(SharedDecision::id).collect(Collectors.toSet());
        List<OutcomeResponse> ratings = responsesOnRecord.stream()
                .filter(r -> r.live() && grant.person().equals(r.person()) && decided.contains(r.context()))
                .sorted(Comparator.comparing(r -> r.recorded().at()))
                .toList();
        return new DecisionsOnRecord(all, ratings);
    }

    @Transactional(readOnly = true)
    public DecisionsOnRecord onRecord(Actor actor, PersonId person) {
        return onRecord(access.read(actor, person, "shared decisions"));
    }

    private SharedDecision decideAndLink(Actor actor, PersonId person, SharedDecision decision, UUID option,
            String reasons, PlanLink link) {
        SharedDecision decided = decision.decide(option, reasons, stamp(actor));
        UUID action = updatePlan(actor, person, link == null ? PlanLink.NONE : link);
        SharedDecision saved = decisions.save(action == null ? decided : decided.linkedTo(action));
        events.publishEvent(new SharedDecisionMade(person, saved.id(), clock.instant(), actor.practitioner()));
        return saved;
    }

    private UUID updatePlan(Actor actor, PersonId person, PlanLink link) {
        if (link.completeAction() == null && link.newAction() == null) {
            return null;
        }
        CarePlan plan = planning.read(actor, person);
        if (link.completeAction() != null) {
            planning.recordProgress(actor, person, plan.version(), link.completeAction(), ActionProgress.DONE);
            return link.completeAction();
        }
        return planning.addAction(actor, person, plan.version(), link.newAction()).result();
    }

    private SharedDecision find(PersonId person, UUID id) {
        return decisions.find(person, id).orElseThrow(() -> new NotFoundException("There is no shared decision with "
                + "that id on this record."));
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(actor.signature(), clock.instant());
    }
}
