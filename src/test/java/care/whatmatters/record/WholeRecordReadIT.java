package care.whatmatters.record;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Accounts;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.PlanConversation;
import care.whatmatters.careplan.PlanHistory;
import care.whatmatters.careplan.domain.ActionDetails;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.decision.SharedDecisions;
import care.whatmatters.outcome.OutcomeRecords;
import care.whatmatters.outcome.OutcomeSummary;
import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.person.PersonOnRecord;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.selfmanagement.SelfManagement;
import care.whatmatters.selfmanagement.domain.SupportSession;
import care.whatmatters.shared.PersonId;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import care.whatmatters.team.CareTeams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole record reads its parts together (one round trip; the person's own page a second for the discussion of
 * the plan). What it shows must be exactly what each module answers when asked on its own: here for someone with
 * every part of a record, and for someone with no plan yet.
 */
@IntegrationTest
class WholeRecordReadIT {

    @LocalServerPort
    int port;
    @Autowired
    RecordView records;
    @Autowired
    RecordAccess access;
    @Autowired
    Accounts accounts;
    @Autowired
    PersonRegister register;
    @Autowired
    CarePlanning planning;
    @Autowired
    PlanHistory history;
    @Autowired
    PlanConversation conversation;
    @Autowired
    CareTeams careTeams;
    @Autowired
    OutcomeRecords outcomes;
    @Autowired
    SharedDecisions decisions;
    @Autowired
    SelfManagement selfManagement;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRecordReadTogetherIsTheRecordReadPartByPart() {
        Actor gp = accounts.find("gp").orElseThrow().actor();
        ApiClient gpApi = ApiClient.as(port, "gp");
        PersonId person = new PersonId(TestPeople.register(gpApi, "Wholerecord"));
        long v = planning.start(gp, person, LocalDate.now().plusMonths(6), null).version();
        var matters = planning.addWhatMatters(gp, person, v, "Getting back to the allotment");
        var goal = planning.addGoal(gp, person, matters.plan().version(), matters.result(), "Dig one bed a week");
        var action = planning.addAction(gp, person, goal.plan().version(), new ActionDetails(goal.result(),
                "Borrow a kneeler", "Pat, at home", LocalDate.now().plusWeeks(2), SupportComponent.SELF_MANAGEMENT));
        v = planning.agree(gp, person, action.plan().version(), true, "Pat and the GP").plan().version();
        v = planning.startReview(gp, person, v).version();
        conversation.comment(gp, person, "Went through the plan with Pat");
        conversation.proposeGoal(gp, person, "Grow beans");
        selfManagement.recordSession(gp, person, SupportSession.Kind.HEALTH_COACHING, LocalDate.now().minusDays(2),
                "Dr Shah", "Pacing on the allotment", List.of());
        selfManagement.recordActivation(gp, person, new BigDecimal("52.1"), 2, LocalDate.now().minusDays(3));
        outcomes.record(gp, person, Measure.ONS4, LocalDate.now().minusDays(3),
                new Answers.Items(List.of(5, 6, 5, 6)));
        ApiClient.Response decided = gpApi.post("/api/v1/persons/" + person.value() + "/decisions", """
                {"question":"Which kneeler?","whatMattersMost":"Kneeling without pain","participants":"Pat and the GP",
                 "options":[{"title":"A padded kneeler","benefits":"Soft","risks":"Bulky"},
                  {"title":"Doing nothing","benefits":"Nothing to carry","risks":"Sore knees","doingNothing":true}],
                 "chosenOption":0,"reasons":"Soft on the knees"}""");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);

        PersonRecord together = records.open(gp, person);
        OwnRecord own = records.openWithDiscussion(gp, person);

        assertThat(together).usingRecursiveComparison().isEqualTo(partByPart(gp, person));
        assertThat(own.record()).usingRecursiveComparison().isEqualTo(together);
        assertThat(own.discussion()).usingRecursiveComparison().isEqualTo(discussionPartByPart(gp, person));
        assertThat(together.plan()).isPresent();
        assertThat(own.discussion().agreedVersions()).hasSize(1);
        assertThat(own.discussion().comments()).extracting("text").containsExactly("Went through the plan with Pat");
        assertThat(own.discussion().proposals()).extracting("text").containsExactly("Grow beans");
        assertThat(together.careTeam()).isNotEmpty();
        assertThat(together.outcomes().responses()).hasSize(1);
        assertThat(together.decisions().decisions()).hasSize(1);
        assertThat(together.selfManagement().activations()).hasSize(1);
        assertThat(together.selfManagement().sessions()).extracting("notes").containsExactly("Pacing on the allotment");
    }

    @Test
    void someoneWithNoPlanHasNoHistoryOrConversation() {
        Actor gp = accounts.find("gp").orElseThrow().actor();
        PersonId newcomer = new PersonId(TestPeople.register(ApiClient.as(port, "gp"), "Noplanyet"));

        PersonRecord together = records.open(gp, newcomer);
        OwnRecord own = records.openWithDiscussion(gp, newcomer);

        assertThat(together).usingRecursiveComparison().isEqualTo(partByPart(gp, newcomer));
        assertThat(own.record()).usingRecursiveComparison().isEqualTo(together);
        assertThat(together.plan()).isEmpty();
        assertThat(own.discussion().agreedVersions()).isEmpty();
        assertThat(own.discussion().comments()).isEmpty();
        assertThat(own.discussion().proposals()).isEmpty();
        assertThat(together.person().demographics().givenName()).isEqualTo("Noplanyet");
    }

    /** The record as each module answers on its own, one read after another. */
    private PersonRecord partByPart(Actor actor, PersonId person) {
        AccessGrant grant = access.read(actor, person, "record");
        PersonOnRecord own = register.onRecord(grant);
        Optional<CarePlan> plan = planning.current(grant);
        OutcomeSummary outcomeSummary = outcomes.summary(grant);
        return new PersonRecord(own.person(), own.aboutMe(), plan, careTeams.members(person), own.representatives(), own.digitalInclusion(), grant.basis(),
                grant.reason(), outcomeSummary, decisions.onRecord(grant, outcomeSummary.responses()),
                selfManagement.summary(grant, own.digitalInclusion(), plan));
    }

    /** The discussion of the plan as the care plan module answers on its own. */
    private PlanDiscussion discussionPartByPart(Actor actor, PersonId person) {
        AccessGrant grant = access.read(actor, person, "record");
        CarePlan plan = planning.current(grant).orElseThrow();
        return new PlanDiscussion(history.agreedVersions(grant, plan), conversation.comments(grant, plan),
                conversation.proposals(grant, plan));
    }
}
