package care.whatmatters.record;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.PlanConversation;
import care.whatmatters.careplan.PlanHistory;
import care.whatmatters.decision.SharedDecisions;
import care.whatmatters.outcome.OutcomeRecords;
import care.whatmatters.outcome.OutcomeSummary;
import care.whatmatters.person.PersonOnRecord;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.selfmanagement.SelfManagement;
import care.whatmatters.shared.PersonId;
import care.whatmatters.query.Answers;
import care.whatmatters.query.Queries;
import care.whatmatters.query.Query;
import care.whatmatters.team.CareTeamMember;
import care.whatmatters.team.CareTeams;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a whole record: one access decision, one audit entry, every part read in one transaction. */
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

    /** The whole record, as the record pages show it: the plan with its versions and conversation. */
    @Transactional(readOnly = true)
    public PersonRecord open(Actor actor, PersonId person) {
        AccessGrant grant = access.read(actor, person, "record");
        PersonOnRecord own = register.onRecord(grant);
        Optional<CarePlan> plan = planning.current(grant);
        OutcomeSummary outcomeSummary = outcomes.summary(grant);
        return new PersonRecord(
                own.person(),
                own.aboutMe(),
                plan,
                plan.map(p -> history.agreedVersions(grant, p)).orElse(List.of()),
                plan.map(p -> conversation.comments(grant, p)).orElse(List.of()),
                plan.map(p -> conversation.proposals(grant, p)).orElse(List.of()),
                careTeams.members(person),
                own.representatives(),
                own.digitalInclusion(),
                grant.basis(),
                grant.reason(),
                outcomeSummary,
                decisions.onRecord(grant, outcomeSummary.responses()),
                selfManagement.summary(grant, own.digitalInclusion(), plan));
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
