package care.whatmatters.outcome.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The external scoring contract: POST /api/v1/outcomes/{measure}/score scores without storing. */
@IntegrationTest
class OutcomeScoringApiIT {

    @LocalServerPort
    int port;

    private ApiClient.Response score(String measure, String body) {
        return ApiClient.as(port, "ot").post("/api/v1/outcomes/" + measure + "/score", body);
    }

    private static JsonNode line(JsonNode sheet, String name) {
        for (JsonNode s : sheet.get("scores")) {
            if (s.get("name").asString().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no score " + name + " in " + sheet);
    }

    @Test
    void scoresOns4WithEachItemBandedAndAnxietyBandedSeparately() {
        ApiClient.Response r = score("ons4", "{\"answers\":[7,9,5,6]}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("measure").asString()).isEqualTo("ons4");
        assertThat(line(r.json(), "lifeSatisfaction").get("band").asString()).isEqualTo("High");
        assertThat(line(r.json(), "worthwhile").get("band").asString()).isEqualTo("Very high");
        assertThat(line(r.json(), "anxiety").get("band").asString()).isEqualTo("High");
        assertThat(line(r.json(), "happiness").get("score").decimalValue()).isEqualByComparingTo("5");
    }

    @Test
    void convertsSwemwbsWithThePublishedTable() {
        JsonNode sheet = score("swemwbs", "{\"answers\":[3,3,3,3,3,3,3]}").json();
        assertThat(line(sheet, "raw").get("score").decimalValue()).isEqualByComparingTo("21");
        assertThat(line(sheet, "metric").get("score").decimalValue()).isEqualByComparingTo("19.25");
        assertThat(line(score("wemwbs", "{\"answers\":[5,5,5,5,5,5,5,5,5,5,5,5,5,5]}").json(), "total")
                .get("score").decimalValue()).isEqualByComparingTo("70");
    }

    @Test
    void scoresGasWithAndWithoutWeightsRoundedToTwoDecimals() {
        JsonNode unweighted = score("gas", "{\"goals\":[{\"attainment\":1},{\"attainment\":-1},{\"attainment\":2}]}")
                .json();
        assertThat(line(unweighted, "tScore").get("score").toString()).isEqualTo("59.13");
        assertThat(unweighted.get("flags").get("weighted").asBoolean()).isFalse();
        JsonNode weighted = score("gas", "{\"goals\":[{\"attainment\":1,\"importance\":2,\"difficulty\":3},"
                + "{\"attainment\":-1,\"importance\":1,\"difficulty\":1}]}").json();
        assertThat(line(weighted, "tScore").get("score").toString()).isEqualTo("57.85");
    }

    @Test
    void scoresCopmChangeAgainstTheBaseline() {
        JsonNode sheet = score("copm", "{\"problems\":[{\"performance\":5,\"satisfaction\":3},{\"performance\":6,"
                + "\"satisfaction\":4},{\"performance\":4,\"satisfaction\":2}],\"baseline\":[{\"performance\":3,"
                + "\"satisfaction\":2},{\"performance\":4,\"satisfaction\":3},{\"performance\":2,\"satisfaction\":2}]}")
                .json();
        assertThat(line(sheet, "performanceChange").get("score").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(sheet.get("flags").get("performanceChangeClinicallyImportant").asBoolean()).isTrue();
        assertThat(sheet.get("flags").get("satisfactionChangeClinicallyImportant").asBoolean()).isFalse();
    }

    @Test
    void scoresCollaborateTopBoxAndMycaw() {
        assertThat(score("collaborate", "{\"answers\":[9,9,9]}").json().get("flags").get("topBox").asBoolean()).isTrue();
        assertThat(score("collaborate", "{\"answers\":[9,8,9]}").json().get("flags").get("topBox").asBoolean())
                .isFalse();
        assertThat(line(score("mycaw", "{\"answers\":[5,4,2]}").json(), "profile").get("score").decimalValue())
                .isEqualByComparingTo("3.67");
    }

    @Test
    void anOutOfRangeAnswerIs422NamingTheItem() {
        ApiClient.Response r = score("ons4", "{\"answers\":[7,11,5,6]}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.header("Content-Type")).contains("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("answers[1]");
    }

    @Test
    void anIncompleteSetOfAnswersIs422() {
        ApiClient.Response r = score("wemwbs", "{\"answers\":[3,3,3]}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("must have 14 answers");
        ApiClient.Response gas = score("gas", "{\"goals\":[{\"attainment\":1,\"importance\":2}]}");
        assertThat(gas.status()).isEqualTo(422);
        assertThat(gas.json().get("errors").get(0).get("field").asString()).isEqualTo("goals[0].difficulty");
    }

    @Test
    void aNonNumericAnswerIs422AndUnreadableJsonIs400() {
        ApiClient.Response text = score("ons4", "{\"answers\":[7,\"eight\",5,6]}");
        assertThat(text.status()).isEqualTo(422);
        assertThat(text.json().get("errors").get(0).get("field").asString()).isEqualTo("answers[1]");
        assertThat(score("ons4", "{\"answers\":[7,8,").status()).isEqualTo(400);
    }

    @Test
    void anUnknownMeasureIs404AndScoringNeedsSignIn() {
        assertThat(score("pam", "{\"answers\":[1]}").status()).isEqualTo(404);
        assertThat(ApiClient.anonymous(port).post("/api/v1/outcomes/ons4/score", "{\"answers\":[7,9,5,6]}").status())
                .isEqualTo(401);
    }
}
