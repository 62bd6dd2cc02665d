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
    void dylansWheelchairDecisionWellbeingBaselineAndSelfManagementAreOnHisRecord() {
        ApiClient ot = ApiClient.as(port, "ot");
        String id = ot.get("/api/v1/persons?nhsNumber=9990000018").json().get(0).get("id").asString();

        JsonNode decision = ot.get("/api/v1/persons/" + id + "/decisions").json().get(0);
        assertThat(decision.get("whatMattersMost").asString()).isEqualTo("Getting to lectures without being exhausted");
        assertThat(decision.get("options").toString()).contains("A standard manual wheelchair",
                "A lighter active-user manual chair", "A powered wheelchair", "Doing nothing");
        assertThat(decision.get("chosenOption").asString()).isEqualTo("A powered wheelchair");
        assertThat(decision.get("collaborateTopBox").asBoolean()).isTrue();
        JsonNode plan = ot.get("/api/v1/persons/" + id + "/plan").json();
        assertThat(plan.get("actions").toString()).contains("\"component\":\"SHARED_DECISION\",\"progress\":\"DONE\"");
        assertThat(ot.get("/api/v1/persons/" + id + "/choice-offers").json().get(0).get("providerChosen").asString())
                .isEqualTo("Mobility Plus, Leeds");

        JsonNode outcomes = ot.get("/api/v1/persons/" + id + "/outcomes").json();
        assertThat(outcomes.get("responses").toString()).contains("\"measure\":\"ons4\"", "\"measure\":\"swemwbs\"",
                "\"measure\":\"collaborate\"");
        JsonNode support = ot.get("/api/v1/persons/" + id + "/self-management").json();
        assertThat(support.get("activation").get("level").asInt()).isEqualTo(3);
        JsonNode sleep = ot.get("/api/v1/persons/" + id + "/monitoring").json().get("trends").get(0);
        assertThat(sleep.get("kind").asString()).isEqualTo("SLEEP");
        assertThat(sleep.get("target").get("value").decimalValue()).isEqualByComparingTo("7");
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

    @Test
    void dylansJourneyReachesThePopulationReportOncePerMeasure(
            @org.springframework.beans.factory.annotation.Autowired
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        String id = ApiClient.as(port, "ot").get("/api/v1/persons?nhsNumber=9990000018").json().get(0).get("id")
                .asString();

        java.util.List<String> measures = jdbc.sql("""
                select distinct measure from report_fact where person_id = ? and period_kind = 'YEAR' and detail = ''
                order by measure""").param(java.util.UUID.fromString(id)).query(String.class).list();

        assertThat(measures).contains("PCSP_AGREED", "PERSONALISED_CARE", "SHARED_DECISION", "SP_REFERRAL",
                "SP_CONNECTED", "PWB", "PWB_NEW").doesNotContain("PHB", "PHB_NEW");
    }
}
