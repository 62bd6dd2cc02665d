package care.whatmatters.record;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.careplan.domain.AgreedVersion;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.GoalProposal;
import care.whatmatters.careplan.domain.PlanComment;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.PlanConversation;
import care.whatmatters.careplan.PlanHistory;
import care.whatmatters.decision.SharedDecisions;
import care.whatmatters.decision.domain.SharedDecision;
import care.whatmatters.outcome.OutcomeRecords;
import care.whatmatters.outcome.OutcomeSummary;
import care.whatmatters.person.PersonOnRecord;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.query.Answers;
import care.whatmatters.query.Queries;
import care.whatmatters.query.Query;
import care.whatmatters.selfmanagement.SelfManagement;
import care.whatmatters.selfmanagement.SelfManagementRecords;
import care.whatmatters.shared.PersonId;
import care.whatmatters.team.CareTeamMember;
import care.whatmatters.team.CareTeams;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Opens a whole record: one access decision, one audit entry, then its parts read together (query.Queries). */
@Service
public class RecordView {

    private final RecordAccess access;
    private final PersonRegister register;
    private final CarePlanning planning;
    private final PlanHistory history;
    private final PlanConversation conversation;
    private final CareTeams careTeams;
    private final OutcomeRecords outcomes;
    private final SharedDecisions decisions;
    private final SelfManagement selfManagement;
    private final Queries queries;

    RecordView(RecordAccess access, PersonRegister register, CarePlanning planning, PlanHistory history,
            PlanConversation conversation, CareTeams careTeams, OutcomeRecords outcomes, SharedDecisions decisions,
            SelfManagement selfManagement, Queries queries) {
        this.queries = queries;
        this.access = access;
        this.register = register;
        this.planning = planning;
        this.history = history;
        this.conversation = conversation;
        this.careTeams = careTeams;
        this.outcomes = outcomes;
        this.decisions = decisions;
        this.selfManagement = selfManagement;
    }

    /**
     * The whole record, as the care team's record page shows it. After the access decision, one round trip: every
     * part is read in one multi-statement execution that PostgreSQL runs as one implicit transaction, so the view
     * needs no transaction of its own.
     */
    public PersonRecord open(Actor actor, PersonId person) {
        return read(access.read(actor, person, "record"));
    }

    /**
     * The whole record with the discussion of the plan, as the person's own page shows it: a second round trip
     * reads the plan's agreed versions, comments and suggested goals, which need the plan from the first.
     */
    public OwnRecord openWithDiscussion(Actor actor, PersonId person) {
        AccessGrant grant = access.read(actor, person, "record");
        PersonRecord record = read(grant);
        return new OwnRecord(record, record.plan().map(p -> discussion(grant, p)).orElse(PlanDiscussion.NONE));
    }

    private PersonRecord read(AccessGrant grant) {
        PersonId person = grant.person();
        Query<PersonOnRecord> own = register.onRecordQuery(grant);
        Query<Optional<CarePlan>> current = planning.currentQuery(grant);
        Query<OutcomeSummary> outcomeSummary = outcomes.summaryQuery(grant);
        Query<List<CareTeamMember>> team = careTeams.membersQuery(person);
        Query<List<SharedDecision>> decided = decisions.decisionsQuery(grant);
        Query<SelfManagementRecords> selfManaged = selfManagement.recordedQuery(grant);
        Answers answers = queries.together(List.of(own, current, outcomeSummary, team, decided, selfManaged));
        PersonOnRecord onRecord = answers.of(own);
        Optional<CarePlan> plan = answers.of(current);
        OutcomeSummary outcomesOnRecord = answers.of(outcomeSummary);
        return new PersonRecord(
                onRecord.person(),
                onRecord.aboutMe(),
                plan,
                answers.of(team),
                onRecord.representatives(),
                onRecord.digitalInclusion(),
                grant.basis(),
                grant.reason(),
                outcomesOnRecord,
                decisions.onRecord(grant, answers.of(decided), outcomesOnRecord.responses()),
                selfManagement.summary(onRecord.digitalInclusion(), plan, answers.of(selfManaged)));
    }

    /** The plan's agreed versions and conversation, read together in one round trip. */
    private PlanDiscussion discussion(AccessGrant grant, CarePlan plan) {
        Query<List<AgreedVersion>> versions = history.agreedVersionsQuery(grant, plan);
        Query<List<PlanComment>> comments = conversation.commentsQuery(grant, plan);
        Query<List<GoalProposal>> proposals = conversation.proposalsQuery(grant, plan);
        Answers answers = queries.together(List.of(versions, comments, proposals));
        return new PlanDiscussion(answers.of(versions), answers.of(comments), answers.of(proposals));
    }

    /**
     * The record as the JSON API returns it: the person, About Me, the current plan, the team and their
     * circumstances, without the plan's history and conversation (which have their own endpoints). After the
     * access decision, every part is read in one round trip, as one multi-statement execution that PostgreSQL
     * runs as one implicit transaction, so it needs no transaction of its own (whose commit would be one more).
     */
    public RecordSummary summary(Actor actor, PersonId person) {
        AccessGrant grant = access.read(actor, person, "record");
        Query<PersonOnRecord> own = register.onRecordQuery(grant);
        Query<Optional<CarePlan>> plan = planning.currentQuery(grant);
        Query<List<CareTeamMember>> team = careTeams.membersQuery(person);
        Answers answers = queries.together(List.of(own, plan, team));
        PersonOnRecord onRecord = answers.of(own);
        return new RecordSummary(onRecord.person(), onRecord.aboutMe(), answers.of(plan), answers.of(team),
                onRecord.representatives(), onRecord.digitalInclusion(), grant.basis());
    }
}
