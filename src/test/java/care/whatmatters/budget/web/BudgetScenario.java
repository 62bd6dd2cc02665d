package care.whatmatters.budget.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.TestPeople;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Sets up, through the API, a fresh person in the OT's care with an agreed plan whose action a budget pays
 * for, and a wheelchair budget pooling the NHS (£3,700), a charity (£1,200) and the person's top-up (£650)
 * for a £4,800 chair and £750 of maintenance, against an indicative budget of £3,700.
 */
public final class BudgetScenario {

    final int port;
    public final UUID person;
    final UUID action;
    public UUID budget;
    String etag;
    UUID nhs;
    UUID charity;
    UUID topUp;
    public UUID chair;
    public UUID maintenance;
    public UUID request;

    private BudgetScenario(int port, String name) {
        this.port = port;
        this.person = TestPeople.register(as("ot"), name);
        String plan = "/api/v1/persons/" + person + "/plan";
        String v = expect(201, as("ot").post(plan, json(Map.of("reviewDate", LocalDate.now().plusMonths(3).toString()))))
                .etag();
        ApiClient.Response matters = expect(201, as("ot").post(plan + "/what-matters", json(Map.of("text",
                "Getting to lectures on my own")), v));
        ApiClient.Response goal = expect(201, as("ot").post(plan + "/goals", json(Map.of("whatMattersId",
                id(matters), "text", "To get around campus on my own")), matters.etag()));
        ApiClient.Response act = expect(201, as("ot").post(plan + "/actions", json(Map.of("goalId", id(goal),
                "description", "Set up a personal wheelchair budget", "owner", "Sam Okafor", "dueDate",
                LocalDate.now().plusWeeks(6).toString(), "component", "PERSONAL_HEALTH_BUDGET")), goal.etag()));
        this.action = id(act);
        expect(200, as("ot").post(plan + "/agree", json(Map.of("personAgreed", true)), act.etag()));
    }

    /** A person with an agreed plan and a wheelchair budget set up but not yet sent for approval. */
    static BudgetScenario draft(int port, String name) {
        BudgetScenario s = new BudgetScenario(port, name);
        ApiClient.Response created = expect(201, s.as("ot").post(s.budgets(), json(Map.of("title",
                "Personal wheelchair budget", "basis", "WHEELCHAIR", "eligibilityNote", "Assessed by the wheelchair service",
                "startsOn", LocalDate.now().toString()))));
        s.budget = id(created);
        s.etag = created.etag();
        s.change("/indicative", Map.of("ruleKey", "pwb", "inputs", Map.of("assessedChairCost", "2,950.00", "years", "5")));
        s.nhs = s.addFunder("NHS", "NHS wheelchair service");
        s.charity = s.addFunder("CHARITY", "Whizz-Kidz");
        s.topUp = s.addFunder("PERSON_TOP_UP", "Own top-up");
        s.chair = s.addLine("Higher-spec powered wheelchair", "4800.00", "1", "PWB_NOTIONAL_TOP_UP",
                List.of(share(s.nhs, "2950.00"), share(s.charity, "1200.00"), share(s.topUp, "650.00")));
        s.maintenance = s.addLine("Maintenance and repairs for 5 years", "150.00", "5", "NOTIONAL",
                List.of(share(s.nhs, "750.00")));
        return s;
    }

    public static BudgetScenario submitted(int port, String name) {
        BudgetScenario s = draft(port, name);
        s.request = id(expect(201, s.as("ot").post(s.path("/submit"), json(Map.of("note", "Please approve")), s.etag)));
        return s;
    }

    public static BudgetScenario approved(int port, String name) {
        BudgetScenario s = submitted(port, name);
        s.decide("APPROVED", "A02", "Approved: the top-up pays for the higher specification.", List.of());
        return s;
    }

    public JsonNode decide(String outcome, String reason, String explanation, List<Map<String, String>> lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        body.put("reasonCode", reason);
        body.put("explanation", explanation);
        body.put("lines", lines);
        return expect(200, as("approver").post("/api/v1/budget-approvals/" + request + "/decision", json(body))).json();
    }

    public ApiClient.Response pay(UUID line, String amount, String key) {
        return as("ot").postWithHeaders(path("/payments"), json(Map.of("lineId", line, "amount", amount,
                "payee", "Mobility Plus Leeds")), Map.of("Idempotency-Key", key));
    }

    JsonNode budgetView() {
        ApiClient.Response read = expect(200, as("ot").get(path("")));
        etag = read.etag();
        return read.json();
    }

    JsonNode change(String suffix, Object body) {
        ApiClient.Response changed = expect(200, as("ot").put(path(suffix), json(body), etag));
        etag = changed.etag();
        return changed.json();
    }

    private UUID addFunder(String kind, String name) {
        ApiClient.Response r = expect(200, as("ot").post(path("/funders"), json(Map.of("kind", kind, "name", name)), etag));
        etag = r.etag();
        JsonNode funders = r.json().get("funders");
        return UUID.fromString(funders.get(funders.size() - 1).get("id").asString());
    }

    private UUID addLine(String description, String unitCost, String quantity, String mode,
            List<Map<String, Object>> funding) {
        ApiClient.Response r = expect(200, as("ot").post(path("/lines"), json(Map.of("planActionId", action,
                "description", description, "provider", "Mobility Plus Leeds", "unitCost", unitCost, "quantity",
                quantity, "mode", mode, "funding", funding)), etag));
        etag = r.etag();
        JsonNode lines = r.json().get("lines");
        return UUID.fromString(lines.get(lines.size() - 1).get("id").asString());
    }

    static Map<String, Object> share(UUID funder, String amount) {
        return Map.of("funderId", funder, "amount", amount);
    }

    String budgets() {
        return "/api/v1/persons/" + person + "/budgets";
    }

    String path(String suffix) {
        return budgets() + "/" + budget + suffix;
    }

    ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    static String json(Object value) {
        return TestPeople.json(value);
    }

    static UUID id(ApiClient.Response response) {
        return UUID.fromString(response.json().get("id").asString());
    }

    static ApiClient.Response expect(int status, ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
