package care.whatmatters.selfmanagement.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Activation by licensed users, support tailored to activation and digital inclusion, sessions. */
@IntegrationTest
class SelfManagementApiIT {

    @LocalServerPort
    int port;

    private ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    private static String pam(int level) {
        return "{\"score\":58.1,\"level\":" + level + ",\"measuredOn\":\"" + LocalDate.now() + "\"}";
    }

    private void digital(UUID person, String skills, String device) {
        ApiClient.Response r = as("ot").put("/api/v1/persons/" + person + "/digital-inclusion", TestPeople.json(Map.of(
                "skills", skills, "confidence", "MEDIUM", "deviceAccess", device, "internetAccess", "RELIABLE")), null);
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
    }

    @Test
    void activationIsEnteredOnlyByAPractitionerWithAPamLicence() {
        UUID person = TestPeople.register(as("linkworker"), "Anwen");
        ApiClient.Response refused = as("linkworker").post("/api/v1/persons/" + person + "/activation", pam(3));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("licence");
        assertThat(as("linkworker").get("/api/v1/persons/" + person + "/self-management").json().get("activation")
                .isNull()).isTrue();

        UUID other = TestPeople.register(as("ot"), "Bethan");
        assertThat(as("ot").post("/api/v1/persons/" + other + "/activation", pam(3)).status()).isEqualTo(201);
        assertThat(as("ot").post("/api/v1/persons/" + other + "/activation", pam(5)).status()).isEqualTo(422);
    }

    @Test
    void someoneWithNoDeviceIsNeverOfferedAppOnlySupportAndTheTeamSeesTheAlternative() {
        UUID person = TestPeople.register(as("ot"), "Glyn");
        digital(person, "BASIC", "NONE");
        as("ot").post("/api/v1/persons/" + person + "/activation", pam(4));

        JsonNode support = as("ot").get("/api/v1/persons/" + person + "/self-management").json();

        assertThat(support.get("appOnlySuitable").asBoolean()).isFalse();
        assertThat(support.get("digitalReasons").toString()).contains("no device");
        assertThat(support.get("suggestions")).allSatisfy(s -> assertThat(s.get("appOnly").asBoolean()).isFalse());
        assertThat(support.get("suggestions").toString()).contains("\"insteadOf\":\"self-management-app\"",
                "paper-diary", "team-readings");
    }

    @Test
    void someoneConfidentWithTheirOwnDeviceIsOfferedAppSupportForTheirLevel() {
        UUID person = TestPeople.register(as("ot"), "Huw");
        digital(person, "CONFIDENT", "OWN");
        as("ot").post("/api/v1/persons/" + person + "/activation", pam(4));
        JsonNode support = as("ot").get("/api/v1/persons/" + person + "/self-management").json();
        assertThat(support.get("suggestions").toString()).contains("self-management-app", "online-peer-forum")
                .doesNotContain("paper-diary");
    }

    @Test
    void aSessionIsLinkedToThePlansGoalsOnly() {
        UUID person = TestPeople.register(as("ot"), "Iolo");
        String session = "{\"kind\":\"HEALTH_COACHING\",\"heldOn\":\"" + LocalDate.now() + "\",\"facilitator\":\"Mina\","
                + "\"notes\":\"Chose one small step\",\"goalIds\":[\"" + UUID.randomUUID() + "\"]}";
        ApiClient.Response refused = as("ot").post("/api/v1/persons/" + person + "/self-management/sessions", session);
        assertThat(refused.status()).isEqualTo(422);
        String noGoals = session.replaceAll(",\"goalIds\":\\[.*\\]", "");
        assertThat(as("ot").post("/api/v1/persons/" + person + "/self-management/sessions", noGoals).status())
                .isEqualTo(201);
        assertThat(as("ot").get("/api/v1/persons/" + person + "/self-management").json().get("sessions")).hasSize(1);
    }
}
