package care.whatmatters.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestNhsNumbers;
import care.whatmatters.support.TestPeople;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Reports on a small population built by hand in one postcode district (WF9, which nothing else uses), so
 * every answer is known: 70 people, half in the most deprived decile and half in the least; 8 of the first
 * half and 20 of the second have an agreed plan; one plan is agreed twice; one duplicate registration is
 * voided.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingIT {

    @LocalServerPort
    int port;
    @Autowired
    ReportAggregator aggregator;

    private final List<String> nhsNumbers = new ArrayList<>();
    private JsonNode summary;

    @BeforeAll
    void buildThePopulationAndReport() {
        ApiClient ot = ApiClient.as(port, "ot");
        for (int i = 0; i < 70; i++) {
            boolean deprived = i < 35;
            UUID person = register(ot, deprived ? 1 : 10, "WF9 " + (1 + i % 9) + "AB");
            if ((deprived && i < 8) || (!deprived && i < 55)) {
                agreePlan(ot, person, i == 40);
            }
        }
        UUID duplicate = register(ot, 10, "WF9 9ZZ");
        assertThat(ot.post("/api/v1/persons/" + duplicate + "/void", "{\"reason\":\"Registered twice by mistake\"}")
                .status()).isEqualTo(204);
        aggregator.aggregatePending();
        summary = ApiClient.as(port, "analyst").get("/api/v1/reports/summary?area=DISTRICT:WF9").json();
    }

    private UUID register(ApiClient ot, int decile, String postcode) {
        Map<String, Object> details = TestPeople.details(TestNhsNumbers.fresh(), "Report", "Person");
        details.put("deprivationDecile", decile);
        details.put("postcode", postcode);
        details.put("ethnicity", "WHITE_BRITISH");
        ApiClient.Response created = ot.post("/api/v1/persons", TestPeople.json(details));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        nhsNumbers.add(created.json().get("nhsNumber").asString());
        return UUID.fromString(created.json().get("id").asString());
    }

    private void agreePlan(ApiClient ot, UUID person, boolean twice) {
        String plan = "/api/v1/persons/" + person + "/plan";
        String review = LocalDate.now().plusMonths(3).toString();
        String v = ot.post(plan, "{\"reviewDate\":\"" + review + "\"}").etag();
        ApiClient.Response matters = ot.post(plan + "/what-matters", "{\"text\":\"Staying well\"}", v);
        v = ot.post(plan + "/goals", "{\"whatMattersId\":\"" + matters.json().get("id").asString()
                + "\",\"text\":\"Walk every day\"}", matters.etag()).etag();
        v = ot.post(plan + "/agree", "{\"personAgreed\":true}", v).etag();
        if (twice) {
            v = ot.post(plan + "/activate", null, v).etag();
            v = ot.post(plan + "/review", null, v).etag();
            v = ot.put(plan + "/contingency", "{\"contingency\":\"Call the practice\"}", v).etag();
            assertThat(ot.post(plan + "/agree", "{\"personAgreed\":true}", v).status()).isEqualTo(200);
        }
    }

    private JsonNode measure(String name) {
        for (JsonNode m : summary.get("measures")) {
            if (m.get("measure").asString().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no measure " + name);
    }

    private static JsonNode group(JsonNode measure, String dimension, String group) {
        for (JsonNode g : measure.get("breakdowns").get(dimension)) {
            if (g.get("group").asString().equals(group)) {
                return g;
            }
        }
        throw new AssertionError("no group " + group);
    }

    @Test
    void countsEachPersonOnceAcrossSeveralAgreementsAndInterventions() {
        assertThat(measure("PCSP_AGREED").get("people").asLong()).isEqualTo(28);
        assertThat(measure("PERSONALISED_CARE").get("people").asLong()).isEqualTo(28);
    }

    @Test
    void showsEachMeasuresOwnTwelveMonthTrendEndingThisMonth() {
        LocalDate thisMonth = LocalDate.now().withDayOfMonth(1);
        for (JsonNode measure : summary.get("measures")) {
            JsonNode series = measure.get("series");
            assertThat(series).as(measure.get("measure").asString()).hasSize(12);
            for (int i = 0; i < 12; i++) {
                assertThat(series.get(i).get("periodStart").asString())
                        .isEqualTo(thisMonth.minusMonths(11 - i).toString());
            }
        }
        assertThat(monthly("PCSP_AGREED")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 28L);
        assertThat(monthly("REGISTERED")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 70L);
        assertThat(monthly("SP_REFERRAL")).containsOnly(0L);
    }

    private List<Long> monthly(String measure) {
        List<Long> people = new ArrayList<>();
        measure(measure).get("series").forEach(point -> people.add(
                point.get("people").isNull() ? null : point.get("people").asLong()));
        return people;
    }

    @Test
    void aVoidedDuplicateIsTakenBackOutOfTheCounts() {
        assertThat(measure("REGISTERED").get("people").asLong()).isEqualTo(70);
    }

    @Test
    void flagsTheGroupWhoseRateFallsWellBelowTheOverallRate() {
        JsonNode plans = measure("PCSP_AGREED");
        JsonNode mostDeprived = group(plans, "DEPRIVATION", "1");
        JsonNode leastDeprived = group(plans, "DEPRIVATION", "10");
        assertThat(mostDeprived.get("people").asLong()).isEqualTo(8);
        assertThat(mostDeprived.get("ratePer1000").asDouble()).isEqualTo(228.57);
        assertThat(mostDeprived.get("wellBelowOverall").asBoolean()).isTrue();
        assertThat(leastDeprived.get("people").asLong()).isEqualTo(20);
        assertThat(leastDeprived.get("wellBelowOverall").asBoolean()).isFalse();
    }

    @Test
    void suppressesSmallGroupsAndWhatWouldRevealThem() {
        JsonNode plans = measure("PCSP_AGREED");
        assertThat(group(plans, "DEPRIVATION", "5").get("people").asLong()).as("zero is shown").isZero();
        JsonNode registered = measure("REGISTERED");
        assertThat(registered.get("suppressed").asBoolean()).isFalse();
        assertThat(measure("SP_REFERRAL").get("people").asLong()).isZero();
    }

    @Test
    void carriesTheConfiguredTargetsAndAProjection() {
        JsonNode plans = measure("PCSP_AGREED");
        assertThat(plans.get("target").asLong()).isEqualTo(750_000);
        assertThat(plans.get("projectedToPeriodEnd").asLong()).isGreaterThanOrEqualTo(28);
        assertThat(measure("SHARED_DECISION").get("target").isNull()).isTrue();
        assertThat(summary.get("workforce").get("target").asLong()).isEqualTo(75_000);
    }

    @Test
    void showsNoPersonalDataAndOnlyToAnalysts() {
        String body = summary.toString();
        assertThat(nhsNumbers).allSatisfy(n -> assertThat(body).doesNotContain(n));
        assertThat(body).doesNotContain("Report Person").doesNotContain("WF9 1AB");
        assertThat(ApiClient.as(port, "ot").get("/api/v1/reports/summary").status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "dylan").get("/api/v1/reports/summary").status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "admin").get("/api/v1/reports/summary").status()).isEqualTo(200);
    }

    @Test
    void refusesAPeriodThatIsNotAMonthQuarterOrYear() {
        ApiClient.Response wrong = ApiClient.as(port, "analyst").get("/api/v1/reports/summary?from=2026-04-02");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
    }
}
