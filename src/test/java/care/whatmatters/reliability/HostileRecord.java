package care.whatmatters.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.budget.web.BudgetScenario;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.TestPeople;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh person whose record is full of hostile text, written through the API into every free-text field
 * that a page shows: About Me, what matters, a goal, an action, a plan comment, a shared decision, a
 * referral's reasons and a link worker's note, a directory service's name and description (by import), and
 * a budget approver's explanation. Answers the pages that show it, each with the account that may see it.
 */
public final class HostileRecord {

    /** Every payload carries this, so a test can tell that a page really shows the text it checks. */
    public static final String MARKER = "XSS-7f3";

    /** Script tags, attribute break-outs, event handlers, javascript: URLs, a title break-out, bidi tricks. */
    public static final String PAYLOAD = MARKER + "<script>alert(1)</script>\"><img src=x onerror=alert(2)>"
            + "'><svg onload=alert(3)></title><a href=\"javascript:alert(4)\">j</a>\u202Egnp.exe\u200B&amp;";

    /** A page to fetch and the account to fetch it as. */
    public record Page(String account, String path) {
    }

    public final List<Page> pages = new ArrayList<>();
    public final UUID person;

    private HostileRecord(int port) {
        ApiClient ot = ApiClient.as(port, "ot");
        person = TestPeople.register(ot, "Hostile");
        String base = "/api/v1/persons/" + person;
        ok(ot.put(base + "/about-me", json(Map.of("whatMattersToMe", PAYLOAD)), "\"0\""));
        String plan = base + "/plan";
        String v = ok(ot.post(plan, json(Map.of("reviewDate", LocalDate.now().plusMonths(3).toString())))).etag();
        ApiClient.Response matters = ok(ot.post(plan + "/what-matters", json(Map.of("text", PAYLOAD)), v));
        ApiClient.Response goal = ok(ot.post(plan + "/goals", json(Map.of("whatMattersId", id(matters), "text",
                PAYLOAD)), matters.etag()));
        ApiClient.Response action = ok(ot.post(plan + "/actions", json(Map.of("goalId", id(goal), "description",
                PAYLOAD, "owner", PAYLOAD, "dueDate", LocalDate.now().plusWeeks(2).toString(), "component",
                "SHARED_DECISION")), goal.etag()));
        ok(ot.post(plan + "/comments", json(Map.of("text", PAYLOAD))));
        ApiClient.Response agreed = ok(ot.post(plan + "/agree", "{\"personAgreed\":true}", action.etag()));
        ok(ot.post(plan + "/activate", null, agreed.etag()));
        String option = "{\"title\":" + quoted() + ",\"benefits\":" + quoted() + ",\"risks\":" + quoted() + "}";
        String decision = id(ok(ot.post(base + "/decisions", "{\"question\":" + quoted() + ",\"whatMattersMost\":"
                + quoted() + ",\"options\":[" + option + "," + option.replace("\"title\":", "\"doingNothing\":true,\"title\":")
                + "],\"aidsUsed\":" + quoted() + ",\"participants\":" + quoted() + ",\"chosenOption\":0,\"reasons\":"
                + quoted() + "}")));
        String referral = id(ok(ot.post(base + "/referrals", json(Map.of("source", "GP", "reasons", PAYLOAD,
                "needs", List.of("loneliness"))))));
        ok(ApiClient.as(port, "linkworker").post(base + "/referrals/" + referral + "/take", ""));
        ok(ApiClient.as(port, "linkworker").post(base + "/referrals/" + referral + "/steps",
                json(Map.of("status", "CONTACTED", "note", PAYLOAD))));
        String service = importService(port);

        String page = "/persons/" + person;
        for (String path : List.of("", "/about-me/history", "/plan", "/plan/print", "/plan/versions/1", "/decisions",
                "/decisions/" + decision, "/referrals", "/referrals/" + referral,
                "/referrals/" + referral + "/find?q=" + MARKER, "/access-log")) {
            pages.add(new Page("ot", page + path));
        }
        pages.add(new Page("linkworker", "/social-prescribing"));
        pages.add(new Page("admin", "/directory/editor/services/" + service));

        BudgetScenario budget = BudgetScenario.submitted(port, "Hostile-budget");
        budget.decide("APPROVED", "A02", PAYLOAD, List.of());
        String budgetPage = "/persons/" + budget.person + "/budgets/" + budget.budget;
        pages.add(new Page("ot", budgetPage));
        pages.add(new Page("ot", budgetPage + "/statement"));
        pages.add(new Page("ot", "/budgets/approvals/" + budget.request)); // the decided request, as the team sees it
    }

    public static HostileRecord write(int port) {
        return new HostileRecord(port);
    }

    /** Imports, as the administrator, an Open Referral UK service whose name and description are hostile. */
    private static String importService(int port) {
        UUID id = UUID.randomUUID();
        String feed = """
                [{"id":"%s","name":%s,"status":"active","description":%s,"url":"javascript:alert(5)",
                 "organization":{"id":"%s","name":%s,"description":%s},
                 "service_at_locations":[{"id":"%s","location":{"id":"%s","location_type":"physical",
                   "latitude":53.8,"longitude":-1.55,"addresses":[{"id":"%s","address_1":"1 Test Street","city":"Leeds",
                   "state_province":"West Yorkshire","postal_code":"LS12 2QT","country":"GB","address_type":"physical"}]}}]}]"""
                .formatted(id, json(PAYLOAD + " " + id.toString().substring(0, 8)), quoted(), UUID.randomUUID(),
                        json(PAYLOAD + " " + id.toString().substring(0, 8)), quoted(), UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID());
        ApiClient.Response imported = ok(ApiClient.as(port, "admin").post("/api/v1/directory/imports", feed));
        if (imported.json().get("rejected").asInt() > 0) {
            // The import refuses a javascript: URL (a full web address is required): import it without one.
            assertThat(imported.body()).contains("url must be a full web address");
            imported = ok(ApiClient.as(port, "admin").post("/api/v1/directory/imports",
                    feed.replace("\"url\":\"javascript:alert(5)\",", "")));
        }
        assertThat(imported.json().get("created").asInt()).as(imported.toString()).isEqualTo(1);
        return id.toString();
    }

    private static String quoted() {
        return json(PAYLOAD);
    }

    private static String json(Object value) {
        return TestPeople.json(value);
    }

    private static String id(ApiClient.Response response) {
        return response.json().get("id").asString();
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as("hostile text must be stored as written: " + response)
                .isBetween(200, 299);
        return response;
    }
}
