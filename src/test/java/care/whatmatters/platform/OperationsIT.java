package care.whatmatters.platform;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class OperationsIT {

    @LocalServerPort
    int port;

    private ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    private static void assertNoStackTrace(String what, String body) {
        assertThat(body).as(what)
                .doesNotContain("Exception")
                .doesNotContain("at care.whatmatters")
                .doesNotContain("at org.springframework")
                .doesNotContain("at java.")
                .doesNotContain("\"trace\"");
    }

    @Test
    void healthAnswersUpWithoutDetails() {
        ApiClient.Response health = ApiClient.anonymous(port).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        // No details of the database or disk are given away to anyone who asks.
        assertThat(health.json().has("components")).isFalse();
        assertThat(health.json().has("details")).isFalse();
        assertThat(health.body()).doesNotContain("postgres").doesNotContain("PostgreSQL");
    }

    @Test
    void prometheusMetricsAreServedAsText() {
        ApiClient.Response metrics = ApiClient.anonymous(port).get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.body()).contains("jvm_memory");
    }

    @Test
    void theOpenApiDescriptionListsThePersonApi() {
        ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.header("Content-Type")).startsWith("application/json");
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/persons")).isTrue();
        assertThat(paths.has("/api/v1/persons/{id}/plan")).isTrue();
        assertThat(paths.has("/api/v1/persons/{id}/record")).isTrue();
    }

    @Test
    void anUnknownApiAddressIsNotFoundAsProblemDetailsNotAnHtmlPage() {
        ApiClient.Response missing = as("ot").get("/api/v1/nothing");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.body()).doesNotContain("<html").doesNotContain("<!DOCTYPE");
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).isNotBlank();
        assertNoStackTrace("404", missing.body());
    }

    @Test
    void anUnknownApiAddressWithoutSigningInIsUnauthorisedNotRevealed() {
        ApiClient.Response missing = ApiClient.anonymous(port).get("/api/v1/nothing");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aRequestThatFailsInsideTheServerAnswersProblemDetailsWithoutAStackTrace() {
        UUID person = TestPeople.register(as("ot"), "Server-error");
        // Today a version beyond any int fails inside the server (see AboutMeApiIT); whatever the
        // answer, it must be problem details that say nothing about the code.
        ApiClient.Response failed = as("ot").put("/api/v1/persons/" + person + "/about-me",
                TestPeople.json(Map.of("whatMattersToMe", "Anything")), "\"99999999999\"");

        assertThat(failed.status()).isGreaterThanOrEqualTo(400);
        assertThat(failed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(failed.json().get("detail").asString()).isNotBlank();
        assertNoStackTrace("error answer", failed.body());
        assertThat(failed.body()).doesNotContain("ArithmeticException").doesNotContain("integer overflow");
    }

    @Test
    void noErrorAnswerEverCarriesAStackTrace() throws Exception {
        UUID person = TestPeople.register(as("ot"), "Error-bodies");
        String base = "/api/v1/persons/" + person;
        List<ApiClient.Response> answers = new ArrayList<>();
        answers.add(as("ot").get("/api/v1/persons/not-a-uuid"));
        answers.add(as("ot").get("/api/v1/persons"));
        answers.add(as("ot").get("/api/v1/persons?nhsNumber=abc"));
        answers.add(as("ot").post("/api/v1/persons", "{not json"));
        answers.add(as("ot").post("/api/v1/persons", "[1, 2, 3]"));
        answers.add(as("ot").post("/api/v1/persons", "{\"deprivationDecile\": 99999999999999}"));
        answers.add(as("ot").post("/api/v1/persons", ""));
        answers.add(as("ot").post("/api/v1/persons", "null"));
        answers.add(as("ot").put(base + "/about-me", "{}", "\"not-a-version\""));
        answers.add(as("ot").put(base + "/about-me", "null", "\"0\""));
        answers.add(as("ot").get(base + "/plan"));
        answers.add(as("ot").post(base + "/plan", "{\"reviewDate\": \"31/12/2099\"}"));
        answers.add(as("ot").get(base + "/plan/versions/not-a-number"));
        answers.add(as("ot").get(base + "/plan/versions/compare?from=1"));
        answers.add(as("ot").post(base + "/care-team", "{\"practitionerId\": \"not-a-uuid\"}"));
        answers.add(as("outsider").get(base + "/record"));
        answers.add(as("analyst").get(base + "/record"));
        answers.add(as("ot").get("/api/v1/nothing"));
        answers.add(ApiClient.anonymous(port).get(base + "/record"));
        answers.add(raw("DELETE", "/api/v1/persons", null, null));
        answers.add(raw("POST", "/api/v1/persons", "text/plain", "hello"));

        for (ApiClient.Response answer : answers) {
            String what = answer.raw().request().method() + " " + answer.raw().request().uri() + " -> " + answer;
            assertThat(answer.status()).as(what).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
            assertNoStackTrace(what, answer.body());
        }
    }

    private ApiClient.Response raw(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("ot:demo".getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return new ApiClient.Response(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        }
    }
}
