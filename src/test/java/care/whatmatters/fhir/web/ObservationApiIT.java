package care.whatmatters.fhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** FHIR R4 Observations from apps and wearables: consent, validation, duplicates, all-or-nothing batches. */
@IntegrationTest
class ObservationApiIT {

    static final String APP = "https://steps-app.example/readings";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient ot() {
        return ApiClient.as(port, "ot");
    }

    private UUID consentingPerson(String name) {
        UUID person = TestPeople.register(ot(), name);
        ApiClient.Response consent = ot().post("/api/v1/persons/" + person + "/monitoring/consents",
                "{\"source\":\"" + APP + "\",\"name\":\"Steps app\"}");
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        return person;
    }

    static String steps(String id, Object value, String unit) {
        return "{\"resourceType\":\"Observation\",\"status\":\"final\","
                + "\"identifier\":[{\"system\":\"" + APP + "\",\"value\":\"" + id + "\"}],"
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"41950-7\"}]},"
                + "\"effectiveDateTime\":\"" + Instant.now().minus(1, ChronoUnit.DAYS) + "\","
                + "\"valueQuantity\":{\"value\":" + value + ",\"system\":\"http://unitsofmeasure.org\",\"code\":\""
                + unit + "\"}}";
    }

    static String bloodPressure(String id, int systolic, int diastolic) {
        return "{\"resourceType\":\"Observation\",\"status\":\"final\","
                + "\"identifier\":[{\"system\":\"" + APP + "\",\"value\":\"" + id + "\"}],"
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"85354-9\"}]},"
                + "\"effectiveDateTime\":\"" + Instant.now().minus(2, ChronoUnit.HOURS) + "\",\"component\":["
                + "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8480-6\"}]},"
                + "\"valueQuantity\":{\"value\":" + systolic + ",\"code\":\"mm[Hg]\"}},"
                + "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8462-4\"}]},"
                + "\"valueQuantity\":{\"value\":" + diastolic + ",\"code\":\"mm[Hg]\"}}]}";
    }

    static String bundle(String... observations) {
        StringBuilder entries = new StringBuilder();
        for (String o : observations) {
            entries.append(entries.isEmpty() ? "" : ",").append("{\"resource\":").append(o).append("}");
        }
        return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" + entries + "]}";
    }

    private ApiClient.Response send(UUID person, String body) {
        return ot().post("/api/v1/persons/" + person + "/observations", body);
    }

    private long readings(UUID person) {
        return jdbc.sql("select count(*) from monitoring_reading where person_id = ?").param(person)
                .query(Long.class).single();
    }

    @Test
    void acceptsOneObservationAndIgnoresTheSameReadingSentAgain() {
        UUID person = consentingPerson("Steffan");
        ApiClient.Response first = send(person, steps("day-1", 8200, "/d"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(first.json().get("readings").get(0).get("kind").asString()).isEqualTo("STEPS");

        ApiClient.Response again = send(person, steps("day-1", 8200, "/d"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("accepted").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(1);
        assertThat(readings(person)).isEqualTo(1);
    }

    @Test
    void acceptsABundleIncludingBloodPressureComponents() {
        UUID person = consentingPerson("Rhian");
        ApiClient.Response sent = send(person, bundle(steps("d1", 4000, "/d"), bloodPressure("bp1", 128, 82)));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().get("accepted").asInt()).isEqualTo(2);
        JsonNode monitoring = ot().get("/api/v1/persons/" + person + "/monitoring").json();
        assertThat(monitoring.get("trends").toString()).contains("BLOOD_PRESSURE", "\"diastolic\":82");
    }

    @Test
    void oneBadReadingRefusesTheWholeBatchNamingIt() {
        UUID person = consentingPerson("Owain");
        ApiClient.Response refused = send(person, bundle(steps("d1", 4000, "/d"), steps("d2", 250000, "/d"),
                steps("d3", 10, "kg")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("entry[1].valueQuantity", "plausible", "entry[2].valueQuantity.code");
        assertThat(readings(person)).isZero();
    }

    @Test
    void readingsFromASourceWithoutConsentAreRefused() {
        UUID person = TestPeople.register(ot(), "Sioned");
        ApiClient.Response refused = send(person, steps("d1", 4000, "/d"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("has not consented", APP);
        assertThat(readings(person)).isZero();

        UUID withdrawn = consentingPerson("Trefor");
        String consent = ot().get("/api/v1/persons/" + withdrawn + "/monitoring").json().get("consents").get(0)
                .get("id").asString();
        ot().post("/api/v1/persons/" + withdrawn + "/monitoring/consents/" + consent + "/withdraw", null);
        assertThat(send(withdrawn, steps("d1", 4000, "/d")).status()).isEqualTo(422);
    }

    @Test
    void malformedOrUnknownObservationsAreRefused() {
        UUID person = consentingPerson("Wyn");
        assertThat(send(person, "{\"resourceType\":\"Observation\",").status()).isEqualTo(400);
        assertThat(send(person, "{\"resourceType\":\"Patient\"}").status()).isEqualTo(422);
        String noLoinc = steps("x", 10, "/d").replace("41950-7", "00000-0");
        ApiClient.Response unknown = send(person, noLoinc);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("observation.code");
        String noIdentifier = steps("x", 10, "/d").replaceAll("\"identifier\":\\[[^]]*],", "");
        assertThat(send(person, noIdentifier).body()).contains("observation.identifier");
        assertThat(readings(person)).isZero();
    }

    @Test
    void onlyThePersonAndTheirTeamMaySendReadings() {
        UUID person = consentingPerson("Elen");
        assertThat(ApiClient.as(port, "outsider").post("/api/v1/persons/" + person + "/observations",
                steps("d1", 4000, "/d")).status()).isEqualTo(403);
        assertThat(readings(person)).isZero();
    }
}
