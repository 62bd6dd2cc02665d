package care.whatmatters.demo;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The demo as people first see it: Dylan's story done so far, every step visible on his record. */
@IntegrationTest
@TestPropertySource(properties = "whatmatters.demo.journey=complete")
class DemoJourneyIT {

    @LocalServerPort
    int port;

    @Test
    void dylansPlanIsAgreedWithHimAndActiveInHisOwnWords() {
        ApiClient dylan = ApiClient.as(port, "dylan");
        String id = ApiClient.as(port, "ot").get("/api/v1/persons?nhsNumber=9990000018").json().get(0).get("id")
                .asString();

        JsonNode plan = dylan.get("/api/v1/persons/" + id + "/plan").json();

        assertThat(plan.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(plan.get("agreedVersion").asInt()).isEqualTo(1);
        assertThat(plan.get("whatMatters").toString()).contains("Getting to lectures on my own", "Playing sport again");
        assertThat(plan.get("actions").toString()).contains("SHARED_DECISION", "PERSONAL_HEALTH_BUDGET",
                "SOCIAL_PRESCRIBING");
    }

    @Test
    void dylansLinkWorkerHasConnectedHimToTheWheelchairSportsClubNearTheUniversity() {
        ApiClient linkWorker = ApiClient.as(port, "linkworker");
        String id = ApiClient.as(port, "ot").get("/api/v1/persons?nhsNumber=9990000018").json().get(0).get("id")
                .asString();

        JsonNode referral = linkWorker.get("/api/v1/persons/" + id + "/referrals").json().get(0);
        JsonNode team = linkWorker.get("/api/v1/persons/" + id + "/care-team").json();

        assertThat(referral.get("status").asString()).isEqualTo("CONNECTED");
        assertThat(referral.get("source").asString()).isEqualTo("OCCUPATIONAL_THERAPIST");
        assertThat(referral.get("linkWorker").asString()).isEqualTo("Jordan Ellis");
        assertThat(referral.at("/onwardReferrals/0/service").asString()).isEqualTo("Woodhouse Wheelchair Sports Club");
        assertThat(referral.at("/onwardReferrals/0/status").asString()).isEqualTo("ACCEPTED");
        assertThat(referral.at("/wellbeing/0/timing").asString()).isEqualTo("BASELINE");
        assertThat(team.toString()).contains("Jordan Ellis", "Social prescribing link worker");
    }
}
