package care.whatmatters.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.reporting.domain.Pseudonyms;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestNhsNumbers;
import care.whatmatters.support.TestPeople;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shared decisions, social prescribing and outcomes recorded through the real use cases reach reporting.
 * Alma (in WF4) has an agreed plan, a shared decision, a referral walked to its close, a peer support
 * session and an improved ONS4;
 * Bryn (in WF4) has registered the national data opt-out and has a referral.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingFromModulesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ExtractSettings extractSettings;

    private UUID alma;
    private UUID bryn;
    private String almaReferral;

    private SignedInPages analyst() {
        return new SignedInPages(port, "analyst");
    }

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    @BeforeAll
    void recordWhatHappened() {
        alma = register("Alma", false);
        bryn = register("Bryn", true);
        agreePlan(alma);
        ApiClient.Response decided = as("gp").post("/api/v1/persons/" + alma + "/decisions", "{\"question\":"
                + "\"Which aid?\",\"whatMattersMost\":\"Shops\",\"participants\":\"Alma and Dr Shah\",\"options\":["
                + "{\"title\":\"A stick\",\"benefits\":\"Light\",\"risks\":\"Less support\"},{\"title\":\"Nothing\","
                + "\"benefits\":\"None to learn\",\"risks\":\"Falls\",\"doingNothing\":true}],\"chosenOption\":0}");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        almaReferral = walkReferralToClose(alma);
        ApiClient.Response session = as("gp").post("/api/v1/persons/" + alma + "/self-management/sessions",
                "{\"kind\":\"PEER_SUPPORT\",\"heldOn\":\"" + LocalDate.now()
                        + "\",\"facilitator\":\"Walk leader\",\"notes\":\"First walk\"}");
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        refer(bryn);
        String outcomes = "/api/v1/persons/" + alma + "/outcomes";
        assertThat(as("gp").post(outcomes, "{\"measure\":\"ons4\",\"answeredOn\":\""
                + LocalDate.now().minusDays(30) + "\",\"answers\":[4,5,4,7]}").status()).isEqualTo(201);
        assertThat(as("gp").post(outcomes, "{\"measure\":\"ons4\",\"answers\":[7,6,4,3]}").status()).isEqualTo(201);
    }

    private UUID register(String name, boolean optedOut) {
        Map<String, Object> details = TestPeople.details(TestNhsNumbers.fresh(), name, "Testperson");
        details.put("postcode", "WF4 1AA");
        details.put("dataOptOut", optedOut);
        ApiClient.Response created = as("gp").post("/api/v1/persons", TestPeople.json(details));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private void agreePlan(UUID person) {
        String plan = "/api/v1/persons/" + person + "/plan";
        String v = as("gp").post(plan, "{\"reviewDate\":\"" + LocalDate.now().plusMonths(3) + "\"}").etag();
        ApiClient.Response matters = as("gp").post(plan + "/what-matters", "{\"text\":\"Seeing friends\"}", v);
        v = as("gp").post(plan + "/goals", "{\"whatMattersId\":\"" + matters.json().get("id").asString()
                + "\",\"text\":\"Walk every week\"}", matters.etag()).etag();
        assertThat(as("gp").post(plan + "/agree", "{\"personAgreed\":true}", v).status()).isEqualTo(200);
    }

    private String refer(UUID person) {
        ApiClient.Response r = as("gp").post("/api/v1/persons/" + person + "/referrals", TestPeople.json(Map.of(
                "source", "GP", "reasons", "Lonely", "needs", List.of("loneliness"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private String walkReferralToClose(UUID person) {
        String referral = refer(person);
        String base = "/api/v1/persons/" + person + "/referrals/" + referral;
        ApiClient worker = as("linkworker");
        assertThat(worker.post(base + "/take", "").status()).isEqualTo(200);
        step(base, Map.of("status", "CONTACTED", "note", "Phoned"));
        step(base, Map.of("status", "ENGAGED"));
        worker.post(base + "/wellbeing", TestPeople.json(Map.of("measure", "SWEMWBS", "answers",
                List.of(2, 2, 3, 2, 3, 2, 2))));
        step(base, Map.of("status", "PLAN_AGREED", "note", "A walking group"));
        String walk = worker.get("/api/v1/directory/search?q=walking%20group&postcode=LS12%202QT&radiusKm=3").json()
                .at("/results/0/serviceId").asString();
        String onward = step(base, Map.of("status", "CONNECTED", "serviceId", walk)).at("/onwardReferrals/0/id")
                .asString();
        worker.post(base + "/onward-referrals/" + onward + "/answer", TestPeople.json(Map.of("accepted", true)));
        step(base, Map.of("status", "FOLLOW_UP", "note", "Going weekly"));
        worker.post(base + "/wellbeing", TestPeople.json(Map.of("measure", "SWEMWBS", "answers",
                List.of(4, 3, 4, 3, 4, 3, 4))));
        step(base, Map.of("status", "OUTCOME_MEASURED"));
        step(base, Map.of("status", "CLOSED", "summary", "Walks every week."));
        return referral;
    }

    private tools.jackson.databind.JsonNode step(String base, Map<String, Object> body) {
        ApiClient.Response r = as("linkworker").post(base + "/steps", TestPeople.json(body));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private List<String> monthFacts(UUID person) {
        return jdbc.sql("""
                select measure from report_fact where person_id = ? and period_kind = 'MONTH' and detail = ''
                order by measure""").param(person).query(String.class).list();
    }

    @Test
    void registeringProjectsThePersonAndCountsThemOnceInEachPeriodAndEver() {
        assertThat(jdbc.sql("select district, data_opt_out, voided from report_person where person_id = ?")
                .param(bryn).query((rs, n) -> rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getBoolean(3))
                .single()).as("the de-identified projection, with the opt-out").endsWith(" true false")
                .doesNotStartWith("null");
        assertThat(jdbc.sql("""
                select period_kind from report_fact where person_id = ? and measure = 'REGISTERED'
                order by period_kind""").param(bryn).query(String.class).list())
                .containsExactly("EVER", "MONTH", "QUARTER", "YEAR");
    }

    @Test
    void eachMeasureCountsThePersonOnceAndPersonalisedCareOnceAcrossEveryIntervention() {
        assertThat(monthFacts(alma)).containsExactly("PCSP_AGREED", "PERSONALISED_CARE", "REGISTERED",
                "SELF_MANAGEMENT", "SHARED_DECISION", "SP_CLOSED", "SP_CONNECTED", "SP_REFERRAL",
                "WELLBEING_IMPROVED");
        assertThat(jdbc.sql("select count(*) from report_fact where person_id = ? and measure = 'SELF_MANAGEMENT' "
                + "and detail = 'PEER_SUPPORT' and period_kind = 'MONTH'").param(alma).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theOptedOutPersonIsStillCountedButLeftOutOfTheSocialPrescribingDataset() {
        assertThat(monthFacts(bryn)).contains("SP_REFERRAL", "PERSONALISED_CARE");
        Pseudonyms keys = new Pseudonyms(extractSettings.pseudonymSecret());

        var extract = analyst().get("/reports/extracts/social-prescribing.csv?from="
                + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now());

        assertThat(extract.statusCode()).isEqualTo(200);
        assertThat(extract.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(extract.body()).startsWith("referral_key,person_key,referred_on,referral_source,")
                .contains(keys.of("person", alma)).doesNotContain(keys.of("person", bryn))
                .doesNotContain(alma.toString(), "Alma", "Lonely", "WF4 1AA");
        String almaRow = extract.body().lines().filter(l -> l.contains(keys.of("person", alma))).findFirst()
                .orElseThrow();
        assertThat(almaRow).contains(keys.of("referral", UUID.fromString(almaReferral)), ",GP,871731000000106,",
                ",WF4,", ",OUTCOME_MEASURED,SWEMWBS,5.99");
    }

    @Test
    void theSnomedActivityExtractCountsReferralsByMonthAndIsForAnalystsOnly() {
        var extract = analyst().get("/reports/extracts/snomed-activity.csv");

        assertThat(extract.statusCode()).isEqualTo(200);
        assertThat(extract.body()).startsWith("month_start,snomed_code,snomed_term,code_verified,measure,people\r\n")
                .contains(LocalDate.now().withDayOfMonth(1) + ",871731000000106,Referral to social prescribing "
                        + "service,yes,SP_REFERRAL,");
        assertThat(new SignedInPages(port, "gp").get("/reports/extracts/snomed-activity.csv").statusCode())
                .isEqualTo(403);
        assertThat(analyst().get("/reports/extracts/snomed-activity.csv?from=2026-05-01&to=2026-04-01")
                .statusCode()).isEqualTo(422);
    }

    @Test
    void theDashboardShowsAMeasureByKindWithAChartAndATableAndTheExtractLinks(@Autowired ReportAggregator aggregator) {
        aggregator.aggregatePending();

        var page = analyst().get("/reports?measure=SELF_MANAGEMENT");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Supported self-management: the last twelve months", "By kind",
                "id=\"details-chart-title\"", "Peer support", "/reports/extracts/phb-quarterly.csv?quarter=")
                .doesNotContain("Alma", alma.toString());
    }

    @Test
    void aReportRenderedForOneAnalystIsShownToTheNextWithTheirOwnNameAndSignOut() {
        String first = analyst().get("/reports?measure=REGISTERED").body();
        String second = new SignedInPages(port, "admin").get("/reports?measure=REGISTERED").body();

        String firstName = signedInAs(first);
        String secondName = signedInAs(second);
        assertThat(firstName).isNotEqualTo(secondName);
        assertThat(second).contains("People registered: who is being reached").doesNotContain(firstName);
        assertThat(csrfToken(second)).isNotEqualTo(csrfToken(first));
        assertThat(second).doesNotContain(";jsessionid=");
    }

    private static String signedInAs(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Signed in as <strong>([^<]+)</strong>").matcher(page);
        assertThat(m.find()).as("the header names who is signed in").isTrue();
        return m.group(1);
    }

    private static String csrfToken(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the sign-out form carries a token").isTrue();
        return m.group(1);
    }

    @Test
    void thePhbReturnHasItsItemsInOrderForTheAskedQuarter() {
        var extract = analyst().get("/reports/extracts/phb-quarterly.csv?quarter=2026-Q3");

        assertThat(extract.statusCode()).isEqualTo(200);
        List<String> lines = extract.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(
                "return,submitter,quarter,period_start,period_end,item_code,item_name,breakdown,value");
        assertThat(lines.get(1)).startsWith("DAPB2184 personal health budgets,NOT SET,2026-Q3,2026-10-01,2026-12-31,"
                + "PHB_IN_PLACE,People with a personal health budget in place during the quarter (excluding PWBs),ALL,");
        assertThat(analyst().get("/reports/extracts/phb-quarterly.csv?quarter=Q3").statusCode()).isEqualTo(422);
    }
}
