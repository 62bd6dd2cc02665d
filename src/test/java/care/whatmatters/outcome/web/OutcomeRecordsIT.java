package care.whatmatters.outcome.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Recording measures for a person, change over time, licences, and GAS on the plan's goals. */
@IntegrationTest
class OutcomeRecordsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    private static String outcomes(UUID person) {
        return "/api/v1/persons/" + person + "/outcomes";
    }

    private static String ons4(String on, int... answers) {
        return "{\"measure\":\"ons4\",\"answeredOn\":\"" + on + "\",\"answers\":" + java.util.Arrays.toString(answers)
                + "}";
    }

    private long stored(UUID person) {
        return jdbc.sql("select count(*) from outcome_response where person_id = ?").param(person)
                .query(Long.class).single();
    }

    @Test
    void responsesShowAsChangeOverTimeJudgedByTheMeasuresOwnRule() {
        UUID person = TestPeople.register(as("ot"), "Olwen");
        assertThat(as("ot").post(outcomes(person), ons4(LocalDate.now().minusDays(60).toString(), 4, 5, 4, 7))
                .status()).isEqualTo(201);
        ApiClient.Response second = as("ot").post(outcomes(person), ons4(LocalDate.now().toString(), 7, 6, 4, 3));
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("byPerson").asBoolean()).isFalse();

        JsonNode read = as("ot").get(outcomes(person)).json();

        assertThat(read.get("responses")).hasSize(2);
        JsonNode life = trend(read, "lifeSatisfaction");
        assertThat(life.get("points")).hasSize(2);
        assertThat(life.get("change").get("direction").asString()).isEqualTo("BETTER");
        assertThat(life.get("change").get("meaningful").asBoolean()).isTrue();
        assertThat(trend(read, "happiness").get("change").get("direction").asString()).isEqualTo("SAME");
        assertThat(trend(read, "anxiety").get("change").get("direction").asString()).isEqualTo("BETTER");
    }

    @Test
    void aVoidedResponseLeavesTheTrendButStaysOnRecord() {
        UUID person = TestPeople.register(as("ot"), "Vera");
        as("ot").post(outcomes(person), ons4(LocalDate.now().minusDays(10).toString(), 4, 5, 4, 7));
        String id = as("ot").post(outcomes(person), ons4(LocalDate.now().toString(), 1, 1, 1, 1)).json().get("id")
                .asString();

        assertThat(as("ot").post(outcomes(person) + "/" + id + "/void", "{\"reason\":\"Entered for the wrong person\"}")
                .status()).isEqualTo(204);

        JsonNode read = as("ot").get(outcomes(person)).json();
        assertThat(read.get("responses")).hasSize(2);
        assertThat(trend(read, "lifeSatisfaction").get("points")).hasSize(1);
        assertThat(as("ot").post(outcomes(person) + "/" + id + "/void", "{\"reason\":\"again\"}").status())
                .isEqualTo(404);
    }

    @Test
    void badAnswersStoreNothing() {
        UUID person = TestPeople.register(as("ot"), "Bryn");
        ApiClient.Response bad = as("ot").post(outcomes(person), ons4(LocalDate.now().toString(), 4, 5, 4));
        assertThat(bad.status()).isEqualTo(422);
        ApiClient.Response future = as("ot").post(outcomes(person), ons4(LocalDate.now().plusDays(1).toString(),
                4, 5, 4, 4));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("answeredOn");
        assertThat(stored(person)).isZero();
    }

    @Test
    void onlyTheCareTeamAndThePersonMayRecordOrRead() {
        UUID person = TestPeople.register(as("ot"), "Cai");
        assertThat(as("outsider").post(outcomes(person), ons4(LocalDate.now().toString(), 4, 5, 4, 4)).status())
                .isEqualTo(403);
        assertThat(as("outsider").get(outcomes(person)).status()).isEqualTo(403);
        assertThat(as("analyst").get(outcomes(person)).status()).isEqualTo(403);
        assertThat(stored(person)).isZero();
        long refusals = jdbc.sql("select count(*) from audit_event where person_id = ? and outcome = 'DENIED'")
                .param(person).query(Long.class).single();
        assertThat(refusals).isGreaterThanOrEqualTo(3);
    }

    @Test
    void licensedScoresComeOnlyFromALicensedPractitioner() {
        UUID person = TestPeople.register(as("linkworker"), "Lowri");
        String copm = "{\"measure\":\"copm\",\"problems\":[{\"performance\":4,\"satisfaction\":3}]}";
        ApiClient.Response refused = as("linkworker").post(outcomes(person), copm);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("licensed");
        assertThat(stored(person)).isZero();

        UUID other = TestPeople.register(as("ot"), "Elis");
        assertThat(as("ot").post(outcomes(other), copm).status()).isEqualTo(201);
        assertThat(as("ot").post(outcomes(other), "{\"measure\":\"eq5d\",\"index\":0.795,\"vas\":70}").status())
                .isEqualTo(201);
        assertThat(as("ot").post(outcomes(other), "{\"measure\":\"eq5d\",\"index\":1.2}").status()).isEqualTo(422);
    }

    @Test
    void gasExpectedLevelsAreSetWhenGoalsAreAgreedAndScoredAtReview() {
        ApiClient ot = as("ot");
        UUID person = TestPeople.register(ot, "Gwen");
        String plan = "/api/v1/persons/" + person + "/plan";
        ApiClient.Response started = ot.post(plan, TestPeople.json(Map.of("reviewDate",
                LocalDate.now().plusMonths(3).toString())));
        ApiClient.Response matters = ot.post(plan + "/what-matters", "{\"text\":\"Cooking for my family\"}",
                started.etag());
        ApiClient.Response goal = ot.post(plan + "/goals", TestPeople.json(Map.of("whatMattersId",
                matters.json().get("id").asString(), "text", "To cook a meal twice a week")), matters.etag());
        String goalId = goal.json().get("id").asString();
        String scale = "/api/v1/persons/" + person + "/goal-attainment/goals/" + goalId;

        ApiClient.Response set = ot.put(scale, "{\"expected\":\"Cooks a simple meal twice a week\",\"baseline\":-1,"
                + "\"importance\":2,\"difficulty\":2}", null);
        assertThat(set.status()).isEqualTo(200);
        ApiClient.Response early = ot.post("/api/v1/persons/" + person + "/goal-attainment/reviews",
                "{\"goals\":[{\"goalId\":\"" + goalId + "\",\"attainment\":0}]}");
        assertThat(early.status()).as("scored only at review").isEqualTo(409);

        ApiClient.Response agreed = ot.post(plan + "/agree", "{\"personAgreed\":true}", goal.etag());
        ApiClient.Response active = ot.post(plan + "/activate", null, agreed.etag());
        assertThat(ot.put(scale, "{\"expected\":\"Changed\",\"baseline\":-1}", null).status())
                .as("an agreed goal's scale changes only at review").isEqualTo(409);

        ot.post(plan + "/review", null, active.etag());
        ApiClient.Response scored = ot.post("/api/v1/persons/" + person + "/goal-attainment/reviews",
                "{\"goals\":[{\"goalId\":\"" + goalId + "\",\"attainment\":1}]}");
        assertThat(scored.status()).isEqualTo(201);
        JsonNode t = scored.json().get("result").get("scores").get(0);
        assertThat(t.get("name").asString()).isEqualTo("tScore");
        assertThat(t.get("score").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(scored.json().get("result").get("flags").get("weighted").asBoolean()).isTrue();
        assertThat(trend(ot.get(outcomes(person)).json(), "tScore").get("points")).hasSize(1);
    }

    @Test
    void collaborateServiceScoreIsWithheldBelowTwentyFiveResponses() {
        JsonNode score = as("analyst").get("/api/v1/outcomes/collaborate/service-score?service=Nowhere%20Trust").json();
        assertThat(score.get("reported").asBoolean()).isFalse();
        assertThat(score.get("topBoxPercentage").isNull()).isTrue();
    }

    private static JsonNode trend(JsonNode outcomes, String score) {
        for (JsonNode t : outcomes.get("trends")) {
            if (t.get("score").asString().equals(score)) {
                return t;
            }
        }
        throw new AssertionError("no trend of " + score + " in " + outcomes);
    }
}
