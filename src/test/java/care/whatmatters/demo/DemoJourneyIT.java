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
    void dylansWheelchairBudgetPoolsThreeFundersIsApprovedWithAReasonAndThePaymentIsMade() {
        ApiClient ot = ApiClient.as(port, "ot");
        String id = ot.get("/api/v1/persons?nhsNumber=9990000018").json().get(0).get("id").asString();

        JsonNode budget = ApiClient.as(port, "dylan").get("/api/v1/persons/" + id + "/budgets").json().get(0);

        assertThat(budget.get("status").asString()).isEqualTo("APPROVED");
        assertThat(budget.get("basis").get("code").asString()).isEqualTo("WHEELCHAIR");
        assertThat(budget.get("funders")).extracting(f -> f.get("kind").asString())
                .containsExactly("NHS", "CHARITY", "PERSON_TOP_UP");
        assertThat(budget.get("lines").get(0).get("mode").asString()).isEqualTo("PWB_NOTIONAL_TOP_UP");
        assertThat(budget.get("lines").get(0).get("planAction").asString())
                .isEqualTo("Set up a personal wheelchair budget for the chair I choose");
        assertThat(budget.get("lines").get(0).get("paid").get("formatted").asString()).isEqualTo("£4,800.00");
        assertThat(budget.get("approvals").get(0).get("decision").get("reasonCode").asString()).isEqualTo("A02");
        assertThat(budget.get("totals").get("indicative").get("formatted").asString()).isEqualTo("£3,700.00");
        assertThat(budget.get("nextReview").get("overdue").asBoolean()).isFalse();
    }

    @Test
    void theApproversQueueHoldsRuthsOverdueRequestAndMargaretsDirectPaymentHasAReviewDue() {
        JsonNode queue = ApiClient.as(port, "approver").get("/api/v1/budget-approvals").json();
        assertThat(queue).anySatisfy(item -> {
            assertThat(item.get("person").asString()).isEqualTo("Ruth Campbell");
            assertThat(item.get("request").get("overdue").asBoolean()).isTrue();
            assertThat(item.get("request").get("daysOverdue").asLong()).isEqualTo(6);
        });

        String margaret = ApiClient.as(port, "gp").get("/api/v1/budget-reviews").json().toString();
        assertThat(margaret).contains("Margaret Thompson", "NHS Continuing Healthcare: support at home");
    }
}
