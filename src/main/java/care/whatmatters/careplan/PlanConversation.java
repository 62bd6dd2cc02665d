package care.whatmatters.careplan;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.GoalProposal;
import care.whatmatters.careplan.domain.PlanComment;
import care.whatmatters.careplan.persistence.CarePlanRepository;
import care.whatmatters.careplan.persistence.PlanConversationRepository;
import care.whatmatters.query.Query;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.Stamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's voice in their plan: comments from anyone in the conversation, and goals the person
 * proposes, which the team accepts into the plan or declines with a reason.
 */
@Service
@Transactional
public class PlanConversation {

    private final CarePlanRepository plans;
    private final PlanConversationRepository conversation;
    private final CarePlanning planning;
    private final RecordAccess access;
    private final Clock clock;

    PlanConversation(CarePlanRepository plans, PlanConversationRepository conversation, CarePlanning planning,
            RecordAccess access, Clock clock) {
        this.plans = plans;
        this.conversation = conversation;
        this.planning = planning;
        this.access = access;
        this.clock = clock;
    }

    public List<PlanComment> comments(AccessGrant grant) {
        return plans.current(grant.person()).map(p -> comments(grant, p)).orElse(List.of());
    }

    public List<GoalProposal> proposals(AccessGrant grant) {
        return plans.current(grant.person()).map(p -> proposals(grant, p)).orElse(List.of());
    }

    /** Comments on a plan already loaded under the same grant. */
    public List<PlanComment> comments(AccessGrant grant, CarePlan plan) {
        return conversation.comments(CarePlanning.belongsTo(grant, plan).id(), grant.person());
    }

    /** Goal proposals for a plan already loaded under the same grant. */
    public List<GoalProposal> proposals(AccessGrant grant, CarePlan plan) {
        return conversation.proposals(CarePlanning.belongsTo(grant, plan).id(), grant.person());
    }

    /** As {@link #comments(AccessGrant, CarePlan)}, as a query to send with others (the whole record). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Query<List<PlanComment>> commentsQuery(AccessGrant grant, CarePlan plan) {
        return conversation.commentsQuery(CarePlanning.belongsTo(grant, plan).id(), grant.person());
    }

    /** As {@link #proposals(AccessGrant, CarePlan)}, as a query to send with others (the whole record). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Query<List<GoalProposal>> proposalsQuery(AccessGrant grant, CarePlan plan) {
        return conversation.proposalsQuery(CarePlanning.belongsTo(grant, plan).id(), grant.person());
    }

    public List<PlanComment> comments(Actor actor, PersonId person) {
        return comments(access.read(actor, person, "plan comments"));
    }

    public List<GoalProposal> proposals(Actor actor, PersonId person) {
        return proposals(access.read(actor, person, "goal proposals"));
    }

    public PlanComment comment(Actor actor, PersonId person, String text) {
        String words = FreeText.required("text", text, FreeText.LONG);
        AccessGrant grant = access.change(actor, person, "plan comment", AuditAction.CREATE,
                Writers.PERSON_OR_CARE_TEAM);
        CarePlan plan = openPlan(person);
        PlanComment comment = new PlanComment(Ids.newId(), words, actor.name(), actor.title(),
                grant.byPersonOrRepresentative(), clock.instant());
        conversation.insert(plan.id(), person, comment);
        return comment;
    }

    public GoalProposal proposeGoal(Actor actor, PersonId person, String text) {
        String words = FreeText.required("text", text, FreeText.SHORT);
        access.change(actor, person, "goal proposal", AuditAction.CREATE, Writers.PERSON_OR_CARE_TEAM);
        CarePlan plan = openPlan(person);
        GoalProposal proposal = new GoalProposal(Ids.newId(), words, actor.name(), clock.instant(),
                GoalProposal.Status.OPEN, null, null, null, null);
        conversation.insert(plan.id(), person, proposal);
        return proposal;
    }

    /** Adds the proposed goal, in the person's words, under what matters; the plan must be open to changes. */
    public PlanEdit<UUID> acceptProposal(Actor actor, PersonId person, long basedOn, UUID proposalId,
            UUID whatMattersId) {
        access.change(actor, person, "goal proposal", AuditAction.UPDATE, Writers.CARE_TEAM);
        GoalProposal proposal = find(person, proposalId);
        PlanEdit<UUID> added = planning.addGoal(actor, person, basedOn, whatMattersId, proposal.text());
        answer(person, proposal.accepted(added.result(), actor.signature(), clock.instant()));
        return added;
    }

    public GoalProposal declineProposal(Actor actor, PersonId person, UUID proposalId, String reason) {
        access.change(actor, person, "goal proposal", AuditAction.UPDATE, Writers.CARE_TEAM);
        GoalProposal declined = find(person, proposalId).declined(reason, actor.signature(), clock.instant());
        answer(person, declined);
        return declined;
    }

    private void answer(PersonId person, GoalProposal answered) {
        if (!conversation.answer(person, answered)) {
            throw new ConflictException("This proposal has already been answered.");
        }
    }

    private GoalProposal find(PersonId person, UUID id) {
        return conversation.proposal(person, id)
                .orElseThrow(() -> new NotFoundException("There is no goal proposal with that id."));
    }

    private CarePlan openPlan(PersonId person) {
        return plans.current(person).filter(p -> p.status().isOpen()).orElseThrow(CarePlanning::noPlan);
    }
}
