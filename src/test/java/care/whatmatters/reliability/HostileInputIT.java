package care.whatmatters.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.budget.web.BudgetScenario;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestNhsNumbers;
import care.whatmatters.support.TestPeople;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every JSON parser that takes outside data, fuzzed over real HTTP with jqwik's generators (a bounded
 * number of bodies each, made by breaking a valid body): never a 5xx; a refusal is a 4xx in problem+json
 * and writes nothing (every table's row count is unchanged, the audit log and the reporting read model
 * aside); a body over 1 MB is refused with 413 before it is read.
 */
@IntegrationTest
class HostileInputIT {

    /** Raise with -Dwhatmatters.fuzz.tries=N for a deeper run by hand; CI keeps the bounded default. */
    private static final int TRIES = Integer.getInteger("whatmatters.fuzz.tries", 80);
    private static final List<String> NOT_COUNTED = List.of("audit_event", "audit_seal", "audit_unsealed", "report_person", "report_fact",
            "report_count", "report_retraction", "flyway_schema_history");

    private static final java.util.function.BiConsumer<ApiClient.Response, String> PROBLEM_JSON = (answer, said) ->
            assertThat(answer.header("Content-Type")).as(said).startsWith("application/problem+json");
    private static final java.util.function.BiConsumer<ApiClient.Response, String> FHIR_REFUSAL = (answer, said) -> {
        assertThat(answer.header("Content-Type")).as(said).contains("fhir+json");
        assertThat(answer.body()).as(said).contains("\"resourceType\":\"OperationOutcome\"");
    };

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void personRegistration() {
        fuzz("POST /api/v1/persons", TestPeople.json(TestPeople.details(TestNhsNumbers.fresh(), "Fuzz", "Person")),
                body -> ApiClient.as(port, "ot").post("/api/v1/persons", body));
    }

    @Test
    void planEdits() {
        ApiClient ot = ApiClient.as(port, "ot");
        UUID person = TestPeople.register(ot, "Fuzz-plan");
        String plan = "/api/v1/persons/" + person + "/plan";
        String v = ot.post(plan, TestPeople.json(Map.of("reviewDate", LocalDate.now().plusMonths(3).toString()))).etag();
        String matters = ot.post(plan + "/what-matters", "{\"text\":\"Home\"}", v).json().get("id").asString();
        fuzz("POST plan/goals", "{\"whatMattersId\":\"" + matters + "\",\"text\":\"Walk to the shop\"}",
                body -> ot.post(plan + "/goals", body, ot.get(plan).etag()));
        fuzz("POST plan/actions", "{\"goalId\":\"" + UUID.randomUUID() + "\",\"description\":\"Refer\",\"owner\":\"Sam\","
                + "\"dueDate\":\"" + LocalDate.now().plusWeeks(2) + "\",\"component\":\"SOCIAL_PRESCRIBING\"}",
                body -> ot.post(plan + "/actions", body, ot.get(plan).etag()));
    }

    @Test
    void aboutMeDecisionsAndReferrals() {
        ApiClient ot = ApiClient.as(port, "ot");
        UUID person = TestPeople.register(ot, "Fuzz-record");
        String base = "/api/v1/persons/" + person;
        fuzz("PUT about-me", "{\"whatMattersToMe\":\"My garden\",\"communication\":\"Speak slowly\"}",
                body -> ot.put(base + "/about-me", body, ot.get(base + "/about-me").etag()));
        fuzz("POST decisions", "{\"question\":\"Which aid?\",\"whatMattersMost\":\"No pain\",\"options\":["
                + "{\"title\":\"A rollator\",\"benefits\":\"Seat\",\"risks\":\"Bulky\"},"
                + "{\"title\":\"Doing nothing\",\"benefits\":\"None\",\"risks\":\"Falls\",\"doingNothing\":true}],"
                + "\"aidsUsed\":\"Option grid\",\"participants\":\"Sam\",\"chosenOption\":0,\"reasons\":\"Rest\"}",
                body -> ot.post(base + "/decisions", body));
        fuzz("POST referrals", "{\"source\":\"GP\",\"reasons\":\"Lonely\",\"needs\":[\"loneliness\"]}",
                body -> ot.post(base + "/referrals", body));
    }

    @Test
    void outcomeScoringAndQuestionnaireAnswers() {
        ApiClient ot = ApiClient.as(port, "ot");
        for (String measure : List.of("ons4", "swemwbs", "gas")) {
            String valid = measure.equals("gas") ? "{\"goals\":[{\"attainment\":1,\"importance\":2,\"difficulty\":3}]}"
                    : measure.equals("ons4") ? "{\"answers\":[7,9,5,6]}" : "{\"answers\":[3,3,3,3,3,3,3]}";
            fuzz("score " + measure, valid, body -> ot.post("/api/v1/outcomes/" + measure + "/score", body));
        }
        UUID person = TestPeople.register(ot, "Fuzz-outcomes");
        fuzz("POST outcomes", "{\"measure\":\"ons4\",\"answeredOn\":\"" + LocalDate.now() + "\",\"answers\":[7,6,4,3]}",
                body -> ot.post("/api/v1/persons/" + person + "/outcomes", body));
    }

    @Test
    void budgetPayments() {
        BudgetScenario s = BudgetScenario.approved(port, "Fuzz-budget");
        String path = "/api/v1/persons/" + s.person + "/budgets/" + s.budget + "/payments";
        fuzz("POST payments", "{\"lineId\":\"" + s.maintenance + "\",\"amount\":\"1.00\",\"payee\":\"Mobility Plus\"}",
                body -> ApiClient.as(port, "ot").postWithHeaders(path, body,
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())));
    }

    @Test
    void observationBatches() {
        ApiClient ot = ApiClient.as(port, "ot");
        UUID person = TestPeople.register(ot, "Fuzz-observations");
        String app = "https://steps-app.example/fuzz";
        assertThat(ot.post("/api/v1/persons/" + person + "/monitoring/consents",
                "{\"source\":\"" + app + "\",\"name\":\"Steps app\"}").status()).isEqualTo(201);
        String observation = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"identifier\":[{\"system\":\""
                + app + "\",\"value\":\"d1\"}],\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":"
                + "\"41950-7\"}]},\"effectiveDateTime\":\"" + Instant.now().minus(1, ChronoUnit.DAYS) + "\","
                + "\"valueQuantity\":{\"value\":8200,\"system\":\"http://unitsofmeasure.org\",\"code\":\"/d\"}}";
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                + observation + "}]}";
        fuzz("POST observations", observation, body -> ot.post("/api/v1/persons/" + person + "/observations", body));
        fuzz("POST observation bundle", bundle, body -> ot.post("/api/v1/persons/" + person + "/observations", body));
    }

    @Test
    void openReferralImports() {
        String service = """
                [{"id":"%s","name":"Fuzz walkers","status":"active","description":"A walking group.",
                 "organization":{"id":"%s","name":"Fuzz org","description":"A test group"},
                 "service_at_locations":[{"id":"%s","location":{"id":"%s","location_type":"physical",
                   "latitude":53.8,"longitude":-1.55,"addresses":[{"id":"%s","address_1":"1 Test Street","city":"Leeds",
                   "postal_code":"LS12 2QT","country":"GB"}]}}]}]"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        fuzz("POST directory imports", service, body -> ApiClient.as(port, "admin").post("/api/v1/directory/imports", body));
    }

    @Test
    void fhirResourcesAndTransactionBundles() {
        ApiClient integration = ApiClient.as(port, "integration");
        String patient = "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:fuzz\",\"value\":\""
                + UUID.randomUUID() + "\"}],\"name\":[{\"family\":\"Fuzz\",\"given\":[\"Pat\"]}],"
                + "\"gender\":\"female\",\"birthDate\":\"1961-04-12\",\"telecom\":[{\"system\":\"phone\","
                + "\"value\":\"+44 7700 900123\"}],\"address\":[{\"line\":[\"1 High Street\"],\"city\":\"Leeds\","
                + "\"postalCode\":\"LS1 1AA\",\"country\":\"GB\"}]}";
        String p = "urn:uuid:" + UUID.randomUUID();
        String g = "urn:uuid:" + UUID.randomUUID();
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":["
                + "{\"fullUrl\":\"" + p + "\",\"resource\":" + patient.replace("urn:fuzz", "urn:fuzz-bundle")
                + ",\"request\":{\"method\":\"POST\",\"url\":\"Patient\"}},"
                + "{\"fullUrl\":\"urn:uuid:" + UUID.randomUUID() + "\",\"resource\":{\"resourceType\":\"CarePlan\","
                + "\"status\":\"active\",\"intent\":\"plan\",\"subject\":{\"reference\":\"" + p + "\"},"
                + "\"goal\":[{\"reference\":\"" + g + "\"}]},\"request\":{\"method\":\"POST\",\"url\":\"CarePlan\"}},"
                + "{\"fullUrl\":\"" + g + "\",\"resource\":{\"resourceType\":\"Goal\",\"lifecycleStatus\":\"active\","
                + "\"description\":{\"text\":\"Walk 30 minutes a day\"},\"subject\":{\"reference\":\"" + p + "\"}},"
                + "\"request\":{\"method\":\"POST\",\"url\":\"Goal\"}}]}";
        fuzz("POST /fhir/Patient", patient, body -> integration.post("/fhir/Patient", body), FHIR_REFUSAL);
        fuzz("POST /fhir transaction", bundle, body -> integration.post("/fhir", body), FHIR_REFUSAL);
    }

    @Test
    void bodiesOverOneMegabyteAreRefusedEarlyWhetherDeclaredOrChunked() throws Exception {
        String huge = "{\"nhsNumber\":\"" + "9".repeat(1024 * 1024) + "\"}";
        Map<String, Long> before = counts();
        for (boolean chunked : List.of(false, true)) {
            byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/persons"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ot:demo".getBytes()))
                    .header("Content-Type", "application/json")
                    .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                            : HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as("chunked=" + chunked + " " + answer.body()).isEqualTo(413);
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            }
        }
        assertThat(counts()).isEqualTo(before);
    }

    /** Sends {@value #TRIES} bodies made by breaking {@code valid}; checks every answer and the row counts. */
    private void fuzz(String what, String valid, Function<String, ApiClient.Response> send) {
        fuzz(what, valid, send, PROBLEM_JSON);
    }

    /** Sends the bodies; a refusal must be in the refusal's own format (problem+json, or a FHIR OperationOutcome). */
    private void fuzz(String what, String valid, Function<String, ApiClient.Response> send,
            java.util.function.BiConsumer<ApiClient.Response, String> refusalFormat) {
        Arbitrary<String> bodies = HostileJson.breaking(valid);
        List<String> samples = bodies.sampleStream().limit(TRIES).toList();
        for (String body : samples) {
            Map<String, Long> before = counts();
            ApiClient.Response answer = send.apply(body);
            String said = what + " with " + abbreviate(body) + " -> " + answer.status() + " " + abbreviate(answer.body());
            assertThat(answer.status()).as(said).isLessThan(500);
            if (answer.status() >= 400) {
                refusalFormat.accept(answer, said);
                assertThat(counts()).as("a refused request wrote nothing: " + said).isEqualTo(before);
            }
        }
    }

    /** Row counts of every table the platform writes records to. */
    private Map<String, Long> counts() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' order by table_name").query(String.class).list();
        String sql = String.join(" union all ", tables.stream().filter(t -> !NOT_COUNTED.contains(t))
                .map(t -> "select '" + t + "' as t, count(*) as n from " + t).toList());
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, n) -> counts.put(rs.getString("t"), rs.getLong("n"))).list();
        return counts;
    }

    /**
     * The first 300 characters, with control characters and unpaired surrogates written as escapes: a test
     * report cannot carry them, and a failure message cut short at one hides what failed.
     */
    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        s.substring(0, Math.min(s.length(), 300)).chars().forEach(c -> {
            if (Character.isISOControl(c) || Character.isSurrogate((char) c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return s.length() > 300 ? out + "..." : out.toString();
    }
}
