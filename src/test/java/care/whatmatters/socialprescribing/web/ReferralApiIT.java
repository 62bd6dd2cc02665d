package care.whatmatters.socialprescribing.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Referrals to social prescribing over the JSON API on the real database: the closed loop from referral to
 * message back, the link worker's single door to a waiting referral, and every step out of order refused
 * with the steps allowed. Its own database, as the person's self-referral changes the demo cast.
 */
@IntegrationTest
@TestPropertySource(properties = "whatmatters.test.story=referrals-api")
class ReferralApiIT {

    @LocalServerPort
    int port;

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private String referSomeone(UUID person) {
        ApiClient.Response created = as("gp").post("/api/v1/persons/" + person + "/referrals", TestPeople.json(Map.of(
                "source", "GP", "reasons", "Lonely since her husband died; wants to get out and meet people",
                "needs", List.of("loneliness", "physical activity"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private JsonNode step(String user, UUID person, String referral, Map<String, Object> body) {
        ApiClient.Response r = as(user).post("/api/v1/persons/" + person + "/referrals/" + referral + "/steps",
                TestPeople.json(body));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aLinkWorkerSeesOnlyTheWaitingReferralThenTakesItAndJoinsTheCareTeam() {
        UUID person = TestPeople.register(as("gp"), "Winifred");
        String referral = referSomeone(person);
        ApiClient linkWorker = as("linkworker");

        JsonNode caseload = linkWorker.get("/api/v1/social-prescribing/caseload").json();
        assertThat(caseload.get("waiting").toString()).contains(referral, "Winifred Testperson");
        assertThat(linkWorker.get("/api/v1/persons/" + person + "/referrals/" + referral).status()).isEqualTo(200);
        assertThat(linkWorker.get("/api/v1/persons/" + person + "/record").status()).isEqualTo(403);
        assertThat(as("outsider").get("/api/v1/persons/" + person + "/referrals/" + referral).status()).isEqualTo(403);
        assertThat(as("outsider").post("/api/v1/persons/" + person + "/referrals/" + referral + "/take", "").status())
                .isEqualTo(403);

        ApiClient.Response taken = linkWorker.post("/api/v1/persons/" + person + "/referrals/" + referral + "/take", "");

        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        assertThat(taken.json().get("linkWorker").asString()).isEqualTo("Jordan Ellis");
        assertThat(linkWorker.get("/api/v1/persons/" + person + "/record").status()).isEqualTo(200);
        assertThat(linkWorker.get("/api/v1/persons/" + person + "/care-team").body()).contains("Jordan Ellis");
        assertThat(linkWorker.get("/api/v1/social-prescribing/caseload").json().get("mine").toString()).contains(referral);
        assertThat(linkWorker.get("/api/v1/persons/" + person + "/access-log").body()).contains("REFERRAL");
        assertThat(as("gp").post("/api/v1/persons/" + person + "/referrals/" + referral + "/take", "").status())
                .isEqualTo(409);
    }

    @Test
    void walksTheClosedLoopToTheCodedMessageBack() {
        UUID person = TestPeople.register(as("gp"), "Edith");
        String referral = referSomeone(person);
        String base = "/api/v1/persons/" + person + "/referrals/" + referral;
        ApiClient linkWorker = as("linkworker");
        linkWorker.post(base + "/take", "");
        step("linkworker", person, referral, Map.of("status", "CONTACTED", "note", "Phoned"));
        step("linkworker", person, referral, Map.of("status", "ENGAGED"));
        assertThat(linkWorker.post(base + "/wellbeing", TestPeople.json(Map.of("measure", "SWEMWBS",
                "answers", List.of(2, 2, 3, 2, 3, 2, 2)))).status()).isEqualTo(200);
        step("linkworker", person, referral, Map.of("status", "PLAN_AGREED", "note", "Try a gentle walking group"));
        String walk = walkingGroupNearArmley(linkWorker);
        JsonNode connected = step("linkworker", person, referral, Map.of("status", "CONNECTED", "serviceId", walk));
        String onward = connected.at("/onwardReferrals/0/id").asString();
        assertThat(linkWorker.post(base + "/onward-referrals/" + onward + "/answer",
                TestPeople.json(Map.of("accepted", true))).status()).isEqualTo(200);
        step("linkworker", person, referral, Map.of("status", "FOLLOW_UP", "note", "Going every week"));
        linkWorker.post(base + "/wellbeing", TestPeople.json(Map.of("measure", "SWEMWBS",
                "answers", List.of(4, 3, 4, 3, 4, 3, 4))));
        step("linkworker", person, referral, Map.of("status", "OUTCOME_MEASURED"));

        JsonNode closed = step("linkworker", person, referral, Map.of("status", "CLOSED",
                "summary", "Walks every Wednesday and has made two friends."));
        JsonNode message = linkWorker.get(base + "/message-back").json();

        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.at("/wellbeingChange/0/baseline").decimalValue()).isEqualByComparingTo("16.36");
        assertThat(closed.at("/wellbeingChange/0/followUp").decimalValue()).isEqualByComparingTo("22.35");
        assertThat(linkWorker.get("/api/v1/persons/" + person + "/outcomes").json().get("responses").toString())
                .as("the referral's questionnaires are the person's outcome responses, scored once")
                .contains("\"measure\":\"swemwbs\"");
        assertThat(message.at("/codes/0/system").asString()).isEqualTo("http://snomed.info/sct");
        assertThat(message.at("/codes/0/code").asString()).isEqualTo("871731000000106");
        assertThat(message.at("/codes/0/verified").asBoolean()).isTrue();
        assertThat(message.get("recipients").toString()).contains("Dr Priya Shah");
        assertThat(message.get("outcome").asString()).startsWith("Connected to ");
        assertThat(message.get("summary").asString()).isEqualTo("Walks every Wednesday and has made two friends.");
        assertThat(message.at("/patient/nhsNumber").asString()).isNotBlank();
        assertThat(as("outsider").get(base + "/message-back").status()).isEqualTo(403);
    }

    @Test
    void everyStepOutOfOrderIsRefusedNamingTheStepsAllowed() {
        UUID person = TestPeople.register(as("gp"), "Gwen");
        String referral = referSomeone(person);
        String base = "/api/v1/persons/" + person + "/referrals/" + referral;
        as("linkworker").post(base + "/take", "");
        String service = walkingGroupNearArmley(as("linkworker"));
        for (String status : List.of("RECEIVED", "DECLINED", "ENGAGED", "PLAN_AGREED", "CONNECTED", "FOLLOW_UP",
                "OUTCOME_MEASURED", "CLOSED")) {
            ApiClient.Response refused = as("linkworker").post(base + "/steps", TestPeople.json(Map.of("status", status,
                    "note", "a note", "serviceId", service, "summary", "a summary")));
            assertThat(refused.status()).as(status + ": " + refused).isEqualTo(409);
            assertThat(refused.json().get("allowed").toString()).isEqualTo("[\"CONTACTED\"]");
            assertThat(refused.json().get("detail").asString()).contains("contacted");
        }
        assertThat(as("linkworker").get(base).json().get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void aPersonRefersThemselvesFromTheirOwnRecord() {
        String dylan = as("ot").get("/api/v1/persons?nhsNumber=9990000018").json().get(0).get("id").asString();

        ApiClient.Response self = as("dylan").post("/api/v1/persons/" + dylan + "/referrals", TestPeople.json(Map.of(
                "source", "GP", "reasons", "I'd like to find a sports club when I start uni")));

        assertThat(self.status()).as(self.toString()).isEqualTo(201);
        assertThat(self.json().get("source").asString()).isEqualTo("SELF");
        assertThat(as("dylan").post("/api/v1/persons/" + dylan + "/referrals", TestPeople.json(Map.of(
                "reasons", "again"))).status()).isEqualTo(409);
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        UUID person = TestPeople.register(as("gp"), "Hilda");
        ApiClient.Response noReasons = as("gp").post("/api/v1/persons/" + person + "/referrals",
                TestPeople.json(Map.of("source", "NOWHERE")));

        assertThat(noReasons.status()).isEqualTo(422);
        assertThat(noReasons.body()).contains("source");
        assertThat(as("gp").get("/api/v1/persons/" + person + "/referrals").json().size()).isZero();
    }

    private String walkingGroupNearArmley(ApiClient client) {
        JsonNode found = client.get("/api/v1/directory/search?q=walking%20group&postcode=LS12%202QT&radiusKm=3").json();
        return found.at("/results/0/serviceId").asString();
    }
}
