package care.whatmatters.e2e;

import static care.whatmatters.e2e.Pages.fill;
import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Step 4 of Dylan's story in a real browser: his occupational therapist sets up his personal wheelchair
 * budget (the indicative budget worked out step by step; the NHS wheelchair service, a charity and Dylan's
 * own top-up pooled to buy the higher-spec chair from the provider he chose) and sends it for approval; the
 * budget approver finds it in the queue and approves it with a reason; the chair is paid for; and Dylan
 * reads his statement. Every page passes axe-core's WCAG 2.2 A/AA rules at desktop and phone widths.
 */
@IntegrationTest
@TestPropertySource(properties = "whatmatters.test.story=dylan-budget")
class DylanBudgetStoryIT {

    @LocalServerPort
    int port;

    @Test
    void theTeamSetsUpDylansWheelchairBudgetTheApproverApprovesItTheChairIsPaidAndDylanSeesHisStatement() {
        String dylan = agreeDylansPlanWithABudgetAction();
        try (Browser browser = new Browser(port)) {
            Pages.signIn(browser, "ot");
            Pages.openPersonFromCaseload(browser, "Dylan Roberts");
            go(browser, "Personal health budgets");
            assertThat(browser.text()).contains("Dylan has no personal health budget.", "Set up a budget");
            assertAccessible(browser, "budgets page");

            fill(browser, "What the budget is for", "Personal wheelchair budget");
            choose(browser, "basis", "Wheelchair services: a personal wheelchair budget");
            fill(browser, "Evidence of eligibility", "Assessed by the wheelchair service");
            go(browser, "Set up the budget");
            assertThat(browser.text()).contains("The budget is being set up", "a legal right to have a personal health budget");
            assertAccessible(browser, "new budget");

            fill(browser, "Cost of the chair that meets the assessed need", "2,950.00");
            fill(browser, "Years the budget covers", "5");
            go(browser, "Work out the indicative budget");
            assertThat(browser.text()).contains("5 years × £150.00 = £750.00", "£3,700.00");

            addFunder(browser, "NHS", "Northfield NHS wheelchair service");
            addFunder(browser, "Charity", "Northfield Young Wheelchair Users Trust");
            addFunder(browser, "The person's own top-up", "Dylan's own top-up");
            fill(browser, "What it buys", "Higher-spec powered wheelchair, the model Dylan chose");
            fill(browser, "Provider", "Mobility Plus Leeds");
            fill(browser, "Unit cost", "4800.00");
            new Select(browser.find(By.id("line-mode"))).selectByValue("PWB_NOTIONAL_TOP_UP");
            fill(browser, "Paid by Northfield NHS wheelchair service", "2950.00");
            fill(browser, "Paid by Northfield Young Wheelchair Users Trust", "1200.00");
            fill(browser, "Paid by Dylan's own top-up", "650.00");
            go(browser, "Add the line");
            assertThat(browser.text()).contains("Line added to the costed plan.", "Top-ups (charity, the person, others)",
                    "£1,850.00");
            assertAccessible(browser, "costed plan");
            go(browser, "Send for approval");
            assertThat(browser.text()).contains("Sent to the budget approvers.", "Waiting for a decision");
            Pages.signOut(browser);

            Pages.signIn(browser, "approver");
            go(browser, "Approval queue");
            assertThat(browser.text()).contains("Dylan Roberts", "Ruth Campbell", "Overdue by 6 days");
            assertAccessible(browser, "approval queue");
            go(browser, "Dylan Roberts");
            assertThat(browser.text()).contains("Approval of the costed plan", "Higher-spec powered wheelchair",
                    "Set up a personal wheelchair budget for the chair I choose");
            assertAccessible(browser, "decision page");
            browser.find(By.id("outcome-APPROVED")).click();
            new Select(browser.find(By.id("reasonCode"))).selectByValue("A02");
            fill(browser, "Explanation for the person", "Approved: your top-up and the trust pay for the chair you chose.");
            go(browser, "Record the decision");
            assertThat(browser.text()).contains("Decision recorded.").doesNotContain("Dylan Roberts");
            assertAccessible(browser, "approval queue after the decision");
            Pages.signOut(browser);

            Pages.signIn(browser, "ot");
            browser.open("/persons/" + dylan + "/budgets");
            go(browser, "Open the budget: Personal wheelchair budget");
            fill(browser, "Amount", "5,000.00");
            fill(browser, "Paid to", "Mobility Plus Leeds");
            go(browser, "Make the payment");
            assertThat(browser.text()).contains("There is a problem",
                    "This payment of £5,000.00 is more than the £4,800.00 left on the line");
            assertAccessible(browser, "refused overspend");
            fill(browser, "Amount", "4,800.00");
            fill(browser, "Paid to", "Mobility Plus Leeds");
            go(browser, "Make the payment");
            assertThat(browser.text()).contains("Payment of £4,800.00 to Mobility Plus Leeds recorded.");
            assertAccessible(browser, "budget with the payment made");
            Pages.signOut(browser);

            Pages.signIn(browser, "dylan");
            go(browser, "See your budget");
            go(browser, "See your budget and statement");
            assertThat(browser.text()).contains("Your personal health budget", "How your indicative budget was worked out",
                    "Approved: your top-up and the trust pay for the chair you chose.", "Northfield Young Wheelchair Users Trust",
                    "Paid so far\n£4,800.00", "None: everything paid so far was planned and approved.",
                    "Download the statement as a spreadsheet (CSV)");
            assertAccessible(browser, "Dylan's statement");
        }
        ApiClient.Response csv = ApiClient.as(port, "dylan").get(statementCsv(dylan));
        assertThat(csv.body()).contains("Plan line,,\"Higher-spec powered wheelchair, the model Dylan chose\"",
                "4800.00", "Transaction");
    }

    private String statementCsv(String dylan) {
        String budget = ApiClient.as(port, "dylan").get("/api/v1/persons/" + dylan + "/budgets").json().get(0).get("id")
                .asString();
        return "/api/v1/persons/" + dylan + "/budgets/" + budget + "/statement.csv";
    }

    /** Step 2 of the story, through the API: Dylan's agreed plan with the action his budget will pay for. */
    private String agreeDylansPlanWithABudgetAction() {
        ApiClient ot = ApiClient.as(port, "ot");
        String dylan = ot.get("/api/v1/persons?nhsNumber=9990000018").json().get(0).get("id").asString();
        String plan = "/api/v1/persons/" + dylan + "/plan";
        ApiClient.Response started = ot.post(plan, TestPeople.json(Map.of("reviewDate",
                LocalDate.now().plusMonths(3).toString())));
        ApiClient.Response matters = ot.post(plan + "/what-matters", TestPeople.json(Map.of("text",
                "Getting to lectures on my own")), started.etag());
        ApiClient.Response goal = ot.post(plan + "/goals", TestPeople.json(Map.of("whatMattersId",
                matters.json().get("id").asString(), "text", "To get around campus on my own")), matters.etag());
        ApiClient.Response action = ot.post(plan + "/actions", TestPeople.json(Map.of("goalId",
                goal.json().get("id").asString(), "description", "Set up a personal wheelchair budget for the chair I choose",
                "owner", "Sam Okafor", "dueDate", LocalDate.now().plusWeeks(6).toString(), "component",
                "PERSONAL_HEALTH_BUDGET")), goal.etag());
        assertThat(ot.post(plan + "/agree", TestPeople.json(Map.of("personAgreed", true)), action.etag()).status())
                .isEqualTo(200);
        return dylan;
    }

    private static void addFunder(Browser browser, String kind, String name) {
        new Select(browser.find(By.id("funder-kind"))).selectByVisibleText(kind);
        fill(browser, "Funder's name", name);
        go(browser, "Add funder");
        assertThat(browser.text()).contains("Funder added.", name);
    }

    /** Clicks a link or button and waits for the page it leads to, so no check reads the old page. */
    private static void go(Browser browser, String text) {
        browser.clickAndWaitForNextPage(
                browser.find(By.xpath("//*[self::a or self::button][normalize-space()='" + text + "']")));
    }

    private static void choose(Browser browser, String id, String visibleText) {
        new Select(browser.find(By.id(id))).selectByVisibleText(visibleText);
    }

    private static void assertAccessible(Browser browser, String page) {
        assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA violations on the " + page).isEmpty();
        assertThat(browser.smallScreenProblems()).as("problems on a phone-sized screen, " + page).isEmpty();
    }
}
