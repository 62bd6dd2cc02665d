package care.whatmatters.decision.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.access.Accounts;
import care.whatmatters.access.Actor;
import care.whatmatters.access.Role;
import care.whatmatters.decision.DecisionsOnRecord;
import care.whatmatters.decision.SharedDecisions;
import care.whatmatters.record.RecordView;
import care.whatmatters.shared.PersonId;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Shared decisions on the record: BRAN, the plan they update, the person's flag, collaboRATE, choice. */
@IntegrationTest
class DecisionApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    RecordView records;

    @Autowired
    SharedDecisions sharedDecisions;

    private ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    /** A person with an active plan holding one shared-decision action; answers {person, goal, action}. */
    private String[] personWithActivePlan(String name) {
        ApiClient ot = as("ot");
        UUID person = TestPeople.register(ot, name);
        String plan = "/api/v1/persons/" + person + "/plan";
        ApiClient.Response started = ot.post(plan, TestPeople.json(Map.of("reviewDate",
                LocalDate.now().plusMonths(3).toString())));
        ApiClient.Response matters = ot.post(plan + "/what-matters", "{\"text\":\"Getting out on my own\"}",
                started.etag());
        ApiClient.Response goal = ot.post(plan + "/goals", TestPeople.json(Map.of("whatMattersId",
                matters.json().get("id").asString(), "text", "To get to the shops on my own")), matters.etag());
        ApiClient.Response action = ot.post(plan + "/actions", TestPeople.json(Map.of("goalId",
                goal.json().get("id").asString(), "description", "Compare mobility aids with me", "owner", "Sam",
                "dueDate", LocalDate.now().plusWeeks(2).toString(), "component", "SHARED_DECISION")), goal.etag());
        ApiClient.Response agreed = ot.post(plan + "/agree", "{\"personAgreed\":true}", action.etag());
        ot.post(plan + "/activate", null, agreed.etag());
        return new String[] {person.toString(), goal.json().get("id").asString(), action.json().get("id").asString()};
    }

    private static String decision(Integer chosen, String extra) {
        return "{\"question\":\"Which mobility aid?\",\"whatMattersMost\":\"Getting to the shops without pain\","
                + "\"options\":[{\"title\":\"A rollator\",\"benefits\":\"Seat to rest on\",\"risks\":\"Bulky on buses\"},"
                + "{\"title\":\"A stick\",\"benefits\":\"Light\",\"risks\":\"Less support\"},"
                + "{\"title\":\"Doing nothing\",\"benefits\":\"Nothing to learn\",\"risks\":\"Falls\",\"doingNothing\":true}],"
                + "\"aidsUsed\":\"Option grid\",\"participants\":\"The person and Sam\""
                + (chosen == null ? "" : ",\"chosenOption\":" + chosen) + extra + "}";
    }

    private long decisions(String person) {
        return jdbc.sql("select count(*) from shared_decision where person_id = ?").param(UUID.fromString(person))
                .query(Long.class).single();
    }

    @Test
    void aDecisionRecordsBranAndCompletesThePlanActionItCarriesOut() {
        String[] p = personWithActivePlan("Deryn");
        ApiClient.Response saved = as("ot").post("/api/v1/persons/" + p[0] + "/decisions",
                decision(0, ",\"reasons\":\"I can rest on the way\",\"completeAction\":\"" + p[2] + "\""));

        assertThat(saved.status()).isEqualTo(201);
        assertThat(saved.json().get("status").asString()).isEqualTo("DECIDED");
        assertThat(saved.json().get("chosenOption").asString()).isEqualTo("A rollator");
        assertThat(saved.json().get("planActionId").asString()).isEqualTo(p[2]);
        JsonNode plan = as("ot").get("/api/v1/persons/" + p[0] + "/plan").json();
        assertThat(plan.get("actions").get(0).get("progress").asString()).isEqualTo("DONE");
    }

    @Test
    void aDecisionWithoutWhatDoingNothingMeansIsRefusedAndNothingIsStored() {
        String[] p = personWithActivePlan("Nia");
        String noNothing = "{\"question\":\"Which aid?\",\"whatMattersMost\":\"Shops\",\"participants\":\"Us\","
                + "\"options\":[{\"title\":\"A stick\",\"benefits\":\"Light\",\"risks\":\"Less support\"}]}";
        ApiClient.Response refused = as("ot").post("/api/v1/persons/" + p[0] + "/decisions", noNothing);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("doingNothing");
        assertThat(decisions(p[0])).isZero();
    }

    @Test
    void aNewPlanActionOnAnAgreedPlanIsRefusedWholeAndTheDecisionIsNotStored() {
        String[] p = personWithActivePlan("Ifan");
        String extra = ",\"newAction\":{\"goalId\":\"" + p[1] + "\",\"description\":\"Order the rollator\","
                + "\"owner\":\"Sam\",\"dueDate\":\"" + LocalDate.now().plusWeeks(3) + "\"}";
        ApiClient.Response refused = as("ot").post("/api/v1/persons/" + p[0] + "/decisions", decision(0, extra));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("Start a review");
        assertThat(decisions(p[0])).isZero();
    }

    @Test
    void thePersonFlagsADecisionAsNotTheirsAndTheTeamAnswers() {
        String[] p = personWithActivePlan("Mali");
        String login = "mali-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(login, "demo", "Mali Testperson", Role.PERSON, null, new PersonId(UUID.fromString(p[0])));
        String id = as("ot").post("/api/v1/persons/" + p[0] + "/decisions", decision(1, "")).json().get("id")
                .asString();
        String base = "/api/v1/persons/" + p[0] + "/decisions/" + id;

        assertThat(as("ot").post(base + "/not-my-decision", "{\"words\":\"I chose\"}").status())
                .as("only the person flags").isEqualTo(409);
        ApiClient.Response flagged = as(login).post(base + "/not-my-decision",
                "{\"words\":\"I chose the rollator, not the stick\"}");
        assertThat(flagged.status()).isEqualTo(200);
        assertThat(flagged.json().get("flaggedByPerson").asBoolean()).isTrue();

        ApiClient.Response answered = as("ot").post(base + "/flag-response",
                "{\"response\":\"Sorry, recorded wrongly. We will meet on Tuesday to correct it.\"}");
        assertThat(answered.json().get("flaggedByPerson").asBoolean()).isFalse();
        assertThat(answered.json().get("flag").get("response").asString()).contains("Tuesday");

        assertThat(as(login).post(base + "/collaborate", "{\"answers\":[9,9,9]}").status()).isEqualTo(201);
        assertThat(as(login).post(base + "/collaborate", "{\"answers\":[9,9,9]}").status())
                .as("one response per encounter").isEqualTo(409);
        JsonNode listed = as(login).get("/api/v1/persons/" + p[0] + "/decisions").json();
        assertThat(listed.get(0).get("collaborateTopBox").asBoolean()).isTrue();
    }

    @Test
    void theWholeRecordShowsEachDecisionWithItsOwnRatingAsTheDecisionsPageDoes() {
        String[] p = personWithActivePlan("Rhiannon");
        PersonId person = new PersonId(UUID.fromString(p[0]));
        String decisions = "/api/v1/persons/" + p[0] + "/decisions";
        String rated = as("ot").post(decisions, decision(0, "")).json().get("id").asString();
        String unrated = as("ot").post(decisions, decision(1, "")).json().get("id").asString();
        String login = "rhiannon-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(login, "demo", "Rhiannon Testperson", Role.PERSON, null, person);
        assertThat(as(login).post(decisions + "/" + rated + "/collaborate", "{\"answers\":[9,9,9]}").status())
                .isEqualTo(201);
        assertThat(as("ot").post("/api/v1/persons/" + p[0] + "/outcomes",
                "{\"measure\":\"ons4\",\"answers\":[7,6,4,3]}").status())
                .as("a response about no decision").isEqualTo(201);

        Actor ot = accounts.find("ot").orElseThrow().actor();
        DecisionsOnRecord onRecord = records.open(ot, person).decisions();
        DecisionsOnRecord onPage = sharedDecisions.onRecord(ot, person);

        assertThat(onRecord.decisions()).hasSize(2);
        assertThat(onRecord.ratings()).singleElement()
                .satisfies(r -> assertThat(r.context()).isEqualTo(UUID.fromString(rated)));
        assertThat(onRecord.rating(UUID.fromString(rated))).isPresent();
        assertThat(onRecord.rating(UUID.fromString(unrated))).isEmpty();
        assertThat(onRecord).isEqualTo(onPage);
    }

    @Test
    void aChoiceOfferNamesTheProvidersOrWhyChoiceDoesNotApply() {
        String[] p = personWithActivePlan("Tegid");
        String offers = "/api/v1/persons/" + p[0] + "/choice-offers";
        ApiClient.Response offered = as("ot").post(offers, TestPeople.json(Map.of("subject", "PLAN_ACTION",
                "subjectId", p[2], "offered", true, "providersOffered", List.of("Provider A", "Provider B"),
                "providerChosen", "Provider B")));
        assertThat(offered.status()).isEqualTo(201);

        ApiClient.Response notAmongOffered = as("ot").post(offers, TestPeople.json(Map.of("subject", "PLAN_ACTION",
                "subjectId", p[2], "offered", true, "providersOffered", List.of("Provider A"),
                "providerChosen", "Provider C")));
        assertThat(notAmongOffered.status()).isEqualTo(422);
        ApiClient.Response noReason = as("ot").post(offers, TestPeople.json(Map.of("subject", "PLAN_ACTION",
                "subjectId", p[2], "offered", false)));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("exclusion");
        ApiClient.Response urgent = as("ot").post(offers, TestPeople.json(Map.of("subject", "PLAN_ACTION",
                "subjectId", p[2], "offered", false, "exclusion", "URGENT_OR_CRISIS")));
        assertThat(urgent.status()).isEqualTo(201);

        JsonNode current = as("ot").get(offers).json();
        assertThat(current).hasSize(1);
        assertThat(current.get(0).get("exclusion").asString()).isEqualTo("URGENT_OR_CRISIS");
        assertThat(as("outsider").get(offers).status()).isEqualTo(403);
    }
}
