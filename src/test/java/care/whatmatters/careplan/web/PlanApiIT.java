package care.whatmatters.careplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.access.Accounts;
import care.whatmatters.access.Role;
import care.whatmatters.shared.PersonId;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PlanApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    private ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    private static String plan(UUID person) {
        return "/api/v1/persons/" + person + "/plan";
    }

    private static String json(Object value) {
        return TestPeople.json(value);
    }

    private static String reviewIn(int days) {
        return json(Map.of("reviewDate", LocalDate.now().plusDays(days).toString()));
    }

    private static String text(String words) {
        return json(Map.of("text", words));
    }

    private static String goal(UUID whatMattersId, String words) {
        return json(Map.of("whatMattersId", whatMattersId, "text", words));
    }

    private static UUID id(ApiClient.Response response) {
        return UUID.fromString(response.json().get("id").asString());
    }

    private static ApiClient.Response expect(int status, ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }

    @Test
    void noPlanCanBeStartedForAVoidedRecordByTheApiOrByFhir() {
        UUID person = TestPeople.register(as("ot"), "Voided");
        expect(204, as("ot").post("/api/v1/persons/" + person + "/void", text("Registered twice")
                .replace("\"text\"", "\"reason\"")));

        ApiClient.Response started = as("ot").post(plan(person), reviewIn(90));
        assertThat(started.status()).as(started.toString()).isEqualTo(404);
        assertThat(started.json().get("detail").asString()).isEqualTo("There is no person record with that id.");
        ApiClient.Response sent = as("ot").post("/fhir/CarePlan", """
                {"resourceType":"CarePlan","status":"draft","intent":"plan","subject":{"reference":"Patient/%s"}}"""
                .formatted(person));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from care_plan where person_id = ?").param(person).query(Long.class)
                .single()).as("nothing written").isZero();
    }

    /** A fresh person, registered by the OT, with a draft plan: answers the person and the plan's ETag. */
    private UUID personWithDraftPlan(String name) {
        UUID person = TestPeople.register(as("ot"), name);
        expect(201, as("ot").post(plan(person), reviewIn(90)));
        return person;
    }

    /** What matters and a goal under it, added by the OT; answers the ETag afterwards. */
    private String addWhatMattersAndGoal(UUID person, String etag) {
        ApiClient.Response whatMatters = expect(201,
                as("ot").post(plan(person) + "/what-matters", text("Seeing my friends"), etag));
        ApiClient.Response goal = expect(201, as("ot").post(plan(person) + "/goals",
                goal(id(whatMatters), "To get to the lunch club each week"), whatMatters.etag()));
        return goal.etag();
    }

    @Test
    void aPlanGoesFromDraftThroughAgreementActivityAndReviewToASecondAgreedVersion() {
        UUID person = TestPeople.register(as("ot"), "Lifecycle");
        ApiClient ot = as("ot");

        ApiClient.Response started = expect(201, ot.post(plan(person), json(Map.of(
                "reviewDate", LocalDate.now().plusDays(90).toString(),
                "contingency", "If I fall, press the pendant alarm."))));
        assertThat(started.etag()).isEqualTo("\"1\"");
        assertThat(started.header("Location")).endsWith(plan(person));
        assertThat(started.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(started.json().get("version").asInt()).isEqualTo(1);
        assertThat(started.json().get("agreedVersion").asInt()).isZero();

        ApiClient.Response whatMatters = expect(201,
                ot.post(plan(person) + "/what-matters", text("Walking my dog every morning"), started.etag()));
        UUID whatMattersId = id(whatMatters);
        assertThat(whatMatters.json().get("text").asString()).isEqualTo("Walking my dog every morning");
        assertThat(whatMatters.etag()).isEqualTo("\"2\"");
        assertThat(whatMatters.header("Location")).endsWith("/plan/what-matters/" + whatMattersId);

        ApiClient.Response goal = expect(201, ot.post(plan(person) + "/goals",
                goal(whatMattersId, "To walk to the park and back"), whatMatters.etag()));
        UUID goalId = id(goal);
        assertThat(goal.json().get("whatMattersId").asString()).isEqualTo(whatMattersId.toString());
        assertThat(goal.etag()).isEqualTo("\"3\"");

        String due = LocalDate.now().plusDays(21).toString();
        ApiClient.Response action = expect(201, ot.post(plan(person) + "/actions", json(Map.of(
                "goalId", goalId, "description", "Refer to the walking group", "owner", "Jordan Ellis, link worker",
                "dueDate", due, "component", "SOCIAL_PRESCRIBING")), goal.etag()));
        assertThat(action.etag()).isEqualTo("\"4\"");
        assertThat(action.json().get("goalId").asString()).isEqualTo(goalId.toString());
        assertThat(action.json().get("dueDate").asString()).isEqualTo(due);
        assertThat(action.json().get("owner").asString()).isEqualTo("Jordan Ellis, link worker");
        assertThat(action.json().get("component").asString()).isEqualTo("SOCIAL_PRESCRIBING");
        assertThat(action.json().get("progress").asString()).isEqualTo("NOT_STARTED");

        ApiClient.Response agreed = expect(200, ot.post(plan(person) + "/agree",
                json(Map.of("personAgreed", true, "participants", "The person and their OT")), action.etag()));
        assertThat(agreed.json().get("status").asString()).isEqualTo("AGREED");
        assertThat(agreed.json().get("agreedVersion").asInt()).isEqualTo(1);
        assertThat(agreed.etag()).isEqualTo("\"5\"");

        ApiClient.Response active = expect(200, ot.post(plan(person) + "/activate", null, agreed.etag()));
        assertThat(active.json().get("status").asString()).isEqualTo("ACTIVE");

        ApiClient.Response review = expect(200, ot.post(plan(person) + "/review", null, active.etag()));
        assertThat(review.json().get("status").asString()).isEqualTo("UNDER_REVIEW");

        ApiClient.Response reworded = expect(200, ot.put(plan(person) + "/goals/" + goalId,
                goal(whatMattersId, "To walk to the park and back without stopping"), review.etag()));
        assertThat(reworded.json().get("status").asString()).isEqualTo("REVISED");

        ApiClient.Response agreedAgain = expect(200, ot.post(plan(person) + "/agree",
                json(Map.of("personAgreed", true)), reworded.etag()));
        assertThat(agreedAgain.json().get("status").asString()).isEqualTo("AGREED");
        assertThat(agreedAgain.json().get("agreedVersion").asInt()).isEqualTo(2);
        assertThat(agreedAgain.etag()).isEqualTo("\"9\"");

        JsonNode versions = expect(200, ot.get(plan(person) + "/versions")).json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.valueStream().map(v -> v.get("number").asInt())).containsExactly(1, 2);

        // Edit again after the second agreement, so version 1 must survive two later changes.
        expect(200, ot.post(plan(person) + "/review", null, agreedAgain.etag()));
        JsonNode first = expect(200, ot.get(plan(person) + "/versions/1")).json();
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(first.get("personAgreed").asBoolean()).isTrue();
        assertThat(first.get("recordedBy").asString()).isEqualTo("Sam Okafor");
        assertThat(first.get("participants").asString()).isEqualTo("The person and their OT");
        assertThat(first.get("contingency").asString()).isEqualTo("If I fall, press the pendant alarm.");
        assertThat(first.get("whatMatters").get(0).get("text").asString()).isEqualTo("Walking my dog every morning");
        assertThat(first.get("goals").size()).isEqualTo(1);
        assertThat(first.get("goals").get(0).get("text").asString()).isEqualTo("To walk to the park and back");
        assertThat(first.get("actions").get(0).get("dueDate").asString()).isEqualTo(due);

        JsonNode comparison = expect(200, ot.get(plan(person) + "/versions/compare?from=1&to=2")).json();
        assertThat(comparison.get("from").asInt()).isEqualTo(1);
        assertThat(comparison.get("to").asInt()).isEqualTo(2);
        JsonNode changes = comparison.get("changes");
        assertThat(changes.size()).isEqualTo(1);
        assertThat(changes.get(0).get("section").asString()).isEqualTo("Goals");
        assertThat(changes.get(0).get("kind").asString()).isEqualTo("CHANGED");
        assertThat(changes.get(0).get("before").asString()).isEqualTo("To walk to the park and back");
        assertThat(changes.get(0).get("after").asString()).isEqualTo("To walk to the park and back without stopping");
    }

    @Test
    void aPractitionerCannotAgreeAPlanWithoutConfirmingThePersonAgreed() {
        UUID person = personWithDraftPlan("Not-agreed");
        String etag = addWhatMattersAndGoal(person, "\"1\"");

        for (String body : List.of("{}", json(Map.of("personAgreed", false)))) {
            ApiClient.Response refused = expect(422, as("ot").post(plan(person) + "/agree", body, etag));
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("personAgreed");
        }

        JsonNode reloaded = as("ot").get(plan(person)).json();
        assertThat(reloaded.get("status").asString()).isEqualTo("DRAFT");
        assertThat(reloaded.get("agreedVersion").asInt()).isZero();
        assertThat(as("ot").get(plan(person) + "/versions").json().size()).isZero();
    }

    @Test
    void aPlanWithNoGoalCannotBeAgreedAndSaysWhatIsMissing() {
        UUID person = personWithDraftPlan("No-goal");
        ApiClient.Response whatMatters = expect(201,
                as("ot").post(plan(person) + "/what-matters", text("My allotment"), "\"1\""));

        ApiClient.Response refused = expect(409, as("ot").post(plan(person) + "/agree",
                json(Map.of("personAgreed", true)), whatMatters.etag()));

        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("cannot be agreed").contains("goal");
        JsonNode reloaded = as("ot").get(plan(person)).json();
        assertThat(reloaded.get("status").asString()).isEqualTo("DRAFT");
        assertThat(reloaded.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void anAgreedPlanCannotBeEditedUntilAReviewStarts() {
        UUID person = personWithDraftPlan("Agreed-locked");
        String etag = addWhatMattersAndGoal(person, "\"1\"");
        ApiClient.Response agreed = expect(200, as("ot").post(plan(person) + "/agree",
                json(Map.of("personAgreed", true)), etag));

        ApiClient.Response refused = expect(409,
                as("ot").post(plan(person) + "/what-matters", text("Something new"), agreed.etag()));

        assertThat(refused.json().get("detail").asString()).contains("Start a review");
        JsonNode reloaded = as("ot").get(plan(person)).json();
        assertThat(reloaded.get("status").asString()).isEqualTo("AGREED");
        assertThat(reloaded.get("whatMatters").size()).isEqualTo(1);
        assertThat(as("ot").get(plan(person)).etag()).isEqualTo(agreed.etag());
    }

    @Test
    void anEditFromAStaleVersionIsAConflictAndIsNotSaved() {
        UUID person = personWithDraftPlan("Stale-plan");
        expect(201, as("ot").post(plan(person) + "/what-matters", text("First thing"), "\"1\""));

        ApiClient.Response stale = expect(409,
                as("ot").post(plan(person) + "/what-matters", text("Based on an old version"), "\"1\""));

        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
        JsonNode reloaded = as("ot").get(plan(person)).json();
        assertThat(reloaded.get("version").asInt()).isEqualTo(2);
        assertThat(reloaded.get("whatMatters").valueStream().map(w -> w.get("text").asString()))
                .containsExactly("First thing");
        assertThat(jdbc.sql("select count(*) from plan_what_matters where person_id = ?").param(person)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEditWithoutIfMatchIsRefusedAsPreconditionRequired() {
        UUID person = personWithDraftPlan("No-if-match-plan");

        ApiClient.Response refused = expect(428,
                as("ot").post(plan(person) + "/what-matters", text("Anything"), null));

        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(as("ot").get(plan(person)).json().get("whatMatters").size()).isZero();
        assertThat(expect(428, as("ot").post(plan(person) + "/activate", null, null)).json()
                .get("detail").asString()).contains("If-Match");
    }

    @Test
    void ofTwoConcurrentEditsFromTheSameVersionExactlyOneIsSaved() throws Exception {
        UUID person = personWithDraftPlan("Concurrent");
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<ApiClient.Response>> edits = new ArrayList<>();
        for (String words : List.of("Written in one tab", "Written in another tab")) {
            edits.add(() -> {
                ready.countDown();
                go.await();
                return as("ot").post(plan(person) + "/what-matters", text(words), "\"1\"");
            });
        }

        List<ApiClient.Response> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<ApiClient.Response>> running = edits.stream().map(pool::submit).toList();
            ready.await();
            go.countDown();
            for (Future<ApiClient.Response> answer : running) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(201, 409);
        JsonNode reloaded = as("ot").get(plan(person)).json();
        assertThat(reloaded.get("version").asInt()).isEqualTo(2);
        assertThat(reloaded.get("whatMatters").size()).isEqualTo(1);
    }

    @Test
    void aPractitionerOutsideTheCareTeamCanNeitherReadNorEditThePlan() {
        UUID person = personWithDraftPlan("Outsider-plan");

        ApiClient.Response read = expect(403, as("outsider").get(plan(person)));
        assertThat(read.json().get("breakGlassAvailable").asBoolean()).isTrue();
        expect(403, as("outsider").post(plan(person) + "/what-matters", text("Not my plan"), "\"1\""));
        expect(403, as("outsider").get(plan(person) + "/versions"));
        expect(403, as("outsider").post(plan(person) + "/comments", text("Not my plan")));
        expect(403, as("analyst").get(plan(person)));

        JsonNode reloaded = as("ot").get(plan(person)).json();
        assertThat(reloaded.get("version").asInt()).isEqualTo(1);
        assertThat(reloaded.get("whatMatters").size()).isZero();
    }

    @Test
    void aSecondPlanCannotBeStartedWhileOneIsInUse() {
        UUID person = personWithDraftPlan("One-plan");

        ApiClient.Response refused = expect(409, as("ot").post(plan(person), reviewIn(30)));

        assertThat(refused.json().get("detail").asString()).contains("already has a plan");
        assertThat(jdbc.sql("select count(*) from care_plan where person_id = ?").param(person)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPlanNeedsAReviewDateAfterToday() {
        UUID person = TestPeople.register(as("ot"), "Review-date");

        for (String body : List.of("{}", reviewIn(0), json(Map.of("reviewDate", "next week")))) {
            ApiClient.Response refused = expect(422, as("ot").post(plan(person), body));
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reviewDate");
        }
        expect(404, as("ot").get(plan(person)));
    }

    @Test
    void someoneActingForThePersonMayReadCommentAndProposeButNotAddAGoalDirectly() {
        UUID margaret = margaret();
        ApiClient carer = as("carer");

        ApiClient.Response read = expect(200, carer.get(plan(margaret)));
        JsonNode plan = read.json();
        UUID whatMattersId = UUID.fromString(plan.get("whatMatters").get(0).get("id").asString());

        ApiClient.Response comment = expect(201, carer.post(plan(margaret) + "/comments",
                text("Mum would like the exercises in the morning.")));
        assertThat(comment.json().get("byPerson").asBoolean()).isTrue();
        assertThat(comment.json().get("author").asString()).isEqualTo("Susan Thompson");

        ApiClient.Response proposal = expect(201, carer.post(plan(margaret) + "/proposals",
                text("To go to the garden centre with Susan once a month")));
        assertThat(proposal.json().get("status").asString()).isEqualTo("OPEN");

        ApiClient.Response refused = expect(403, carer.post(plan(margaret) + "/goals",
                goal(whatMattersId, "A goal added without the team"), read.etag()));
        assertThat(refused.json().get("breakGlassAvailable").asBoolean()).isFalse();
        assertThat(refused.json().get("detail").asString()).contains("propose a goal");

        ApiClient.Response after = expect(200, as("gp").get(plan(margaret)));
        assertThat(after.etag()).isEqualTo(read.etag());
        assertThat(after.json().get("goals").size()).isEqualTo(plan.get("goals").size());

        // The team answers: declined, with a reason the carer reads.
        UUID proposalId = id(proposal);
        expect(422, as("gp").post(plan(margaret) + "/proposals/" + proposalId + "/decline", json(Map.of())));
        ApiClient.Response declined = expect(200, as("gp").post(plan(margaret) + "/proposals/" + proposalId
                + "/decline", json(Map.of("reason", "Let's talk about this at the review next month."))));
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        JsonNode seen = carer.get(plan(margaret) + "/proposals").json().valueStream()
                .filter(p -> p.get("id").asString().equals(proposalId.toString())).findFirst().orElseThrow();
        assertThat(seen.get("status").asString()).isEqualTo("DECLINED");
        assertThat(seen.get("response").asString()).isEqualTo("Let's talk about this at the review next month.");
        assertThat(seen.get("respondedBy").asString()).startsWith("Dr Priya Shah");
        expect(409, as("gp").post(plan(margaret) + "/proposals/" + proposalId + "/decline",
                json(Map.of("reason", "Answering twice"))));
        expect(403, carer.post(plan(margaret) + "/proposals/" + proposalId + "/decline",
                json(Map.of("reason", "The carer cannot answer for the team"))));
    }

    @Test
    void thePersonProposesAGoalAndTheTeamAcceptsItIntoThePlanInTheirWords() {
        UUID person = personWithDraftPlan("Proposer");
        ApiClient.Response whatMatters = expect(201,
                as("ot").post(plan(person) + "/what-matters", text("Cooking for my family"), "\"1\""));
        ApiClient me = personLogin(person);

        ApiClient.Response refused = expect(403, me.post(plan(person) + "/goals",
                goal(id(whatMatters), "To cook Sunday dinner"), whatMatters.etag()));
        assertThat(refused.json().get("breakGlassAvailable").asBoolean()).isFalse();

        ApiClient.Response proposal = expect(201,
                me.post(plan(person) + "/proposals", text("To cook Sunday dinner for my grandchildren")));
        UUID proposalId = id(proposal);

        expect(403, me.post(plan(person) + "/proposals/" + proposalId + "/accept",
                json(Map.of("whatMattersId", id(whatMatters))), whatMatters.etag()));
        ApiClient.Response accepted = expect(200, as("ot").post(plan(person) + "/proposals/" + proposalId
                + "/accept", json(Map.of("whatMattersId", id(whatMatters))), whatMatters.etag()));

        assertThat(accepted.etag()).isEqualTo("\"3\"");
        JsonNode goals = accepted.json().get("goals");
        assertThat(goals.size()).isEqualTo(1);
        assertThat(goals.get(0).get("text").asString()).isEqualTo("To cook Sunday dinner for my grandchildren");
        assertThat(goals.get(0).get("whatMattersId").asString()).isEqualTo(id(whatMatters).toString());
        JsonNode answered = me.get(plan(person) + "/proposals").json().get(0);
        assertThat(answered.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(answered.get("goalId").asString()).isEqualTo(goals.get(0).get("id").asString());

        // The person agrees for themselves, without the practitioner's confirmation.
        ApiClient.Response agreed = expect(200, me.post(plan(person) + "/agree", "{}", accepted.etag()));
        assertThat(agreed.json().get("status").asString()).isEqualTo("AGREED");
        JsonNode version = me.get(plan(person) + "/versions/1").json();
        assertThat(version.get("personAgreed").asBoolean()).isTrue();
        assertThat(version.get("recordedByRole").asString()).isEqualTo("Person");
    }

    @Test
    void aProposalAcceptedFromAStaleVersionStaysOpenAndAddsNoGoal() {
        UUID person = personWithDraftPlan("Stale-accept");
        ApiClient.Response whatMatters = expect(201,
                as("ot").post(plan(person) + "/what-matters", text("My garden"), "\"1\""));
        UUID proposalId = id(expect(201, personLogin(person).post(plan(person) + "/proposals",
                text("To grow tomatoes again"))));

        expect(409, as("ot").post(plan(person) + "/proposals/" + proposalId + "/accept",
                json(Map.of("whatMattersId", id(whatMatters))), "\"1\""));

        assertThat(as("ot").get(plan(person)).json().get("goals").size()).isZero();
        assertThat(as("ot").get(plan(person) + "/proposals").json().get(0).get("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void aGoalCannotBeLinkedToWhatMattersFromSomeoneElsesPlan() {
        UUID other = personWithDraftPlan("Other-plan");
        UUID otherWhatMatters = id(expect(201,
                as("ot").post(plan(other) + "/what-matters", text("Someone else's words"), "\"1\"")));
        UUID person = personWithDraftPlan("Own-plan");

        expect(404, as("ot").post(plan(person) + "/goals", goal(otherWhatMatters, "Borrowed"), "\"1\""));

        JsonNode reloaded = as("ot").get(plan(person)).json();
        assertThat(reloaded.get("version").asInt()).isEqualTo(1);
        assertThat(reloaded.get("goals").size()).isZero();
    }

    @Test
    void aProposalCannotBeAnsweredThroughSomeoneElsesRecord() {
        UUID proposer = personWithDraftPlan("Proposal-owner");
        UUID proposalId = id(expect(201, personLogin(proposer).post(plan(proposer) + "/proposals",
                text("To swim again"))));
        UUID elsewhere = personWithDraftPlan("Proposal-elsewhere");

        expect(404, as("ot").post(plan(elsewhere) + "/proposals/" + proposalId + "/decline",
                json(Map.of("reason", "Answered through the wrong record"))));

        assertThat(as("ot").get(plan(proposer) + "/proposals").json().get(0).get("status").asString())
                .isEqualTo("OPEN");
    }

    private UUID margaret() {
        return jdbc.sql("""
                select f.person_id from account_acts_for f join account a on a.id = f.account_id
                where a.username = 'carer' and f.revoked_at is null""").query(UUID.class).single();
    }

    /** A PERSON login for a test person (the API cannot create logins), with the demo password. */
    private ApiClient personLogin(UUID person) {
        String username = "it-person-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "demo", "Test Person", Role.PERSON, null, new PersonId(person));
        return as(username);
    }
}
