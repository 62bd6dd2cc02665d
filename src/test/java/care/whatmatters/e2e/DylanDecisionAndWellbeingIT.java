package care.whatmatters.e2e;

import static care.whatmatters.e2e.Pages.click;
import static care.whatmatters.e2e.Pages.fill;
import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Dylan's story, steps 3 and 6 in a real browser: his occupational therapist records the shared decision
 * about his wheelchair (benefits and risks of each option, and of doing nothing; what matters most to him; the
 * powered chair he chose; his collaboRATE answers); Dylan then answers the ONS4 wellbeing questions in his own
 * view, reads the decision in plain English and says it is not quite what he decided, which his team sees
 * flagged on his record. Every page passes axe-core (WCAG 2.2 A/AA) at desktop and phone widths.
 */
@IntegrationTest
@TestPropertySource(properties = "whatmatters.test.story=dylan-decision-and-wellbeing")
class DylanDecisionAndWellbeingIT {

    @LocalServerPort
    int port;

    @Test
    void occupationalTherapistRecordsTheWheelchairDecisionAndDylanAnswersOns4InHisOwnView() {
        try (Browser browser = new Browser(port)) {
            Pages.signIn(browser, "ot");
            Pages.openPersonFromCaseload(browser, "Dylan Roberts");
            browser.waitFor(By.tagName("body"), "Dylan's record");
            String record = browser.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
            assertThat(browser.text()).contains("Shared decisions", "Outcomes and wellbeing", "Supported self-management");
            assertAccessible(browser, "Dylan's record with decisions, outcomes and self-management");

            click(browser, "Shared decisions and choice");
            browser.waitFor(By.tagName("h1"), "Shared decisions and choice");
            assertAccessible(browser, "shared decisions and choice");
            click(browser, "Record a shared decision");
            browser.waitFor(By.tagName("h1"), "Record a shared decision");
            assertAccessible(browser, "new shared decision form");
            recordTheWheelchairDecision(browser);
            browser.waitFor(By.tagName("body"), "The shared decision is recorded.");
            assertThat(browser.text()).contains("The shared decision is recorded.", "A powered wheelchair", "Chosen",
                    "Getting to lectures without being exhausted");
            assertAccessible(browser, "the decision's summary");

            browser.find(By.id("c0")).sendKeys("9");
            browser.find(By.id("c1")).sendKeys("9");
            browser.find(By.id("c2")).sendKeys("9");
            click(browser, "Save collaboRATE");
            browser.waitFor(By.tagName("body"), "The collaboRATE answers are recorded.");
            assertThat(browser.text()).contains("top box (all three items at 9)");

            shareSleepReadings(record.substring(record.lastIndexOf('/') + 1));
            for (String page : new String[] {"/outcomes", "/outcomes/gas", "/outcomes/swemwbs/new",
                    "/outcomes/copm/new", "/self-management"}) {
                browser.open(record + page);
                assertThat(browser.text()).doesNotContain("Something went wrong");
                assertAccessible(browser, "practitioner page " + page);
            }
            Pages.signOut(browser);

            Pages.signIn(browser, "dylan");
            browser.waitFor(By.tagName("body"), "Your wellbeing");
            assertThat(browser.text()).contains("Your wellbeing", "Decisions you made with your care team",
                    "You decided", "A powered wheelchair");
            click(browser, "Answer the wellbeing questions");
            browser.waitFor(By.tagName("body"), "Overall, how satisfied");
            assertThat(browser.text()).contains("Overall, how satisfied are you with your life nowadays?");
            assertAccessible(browser, "ONS4 in Dylan's own view");
            browser.find(By.id("a0-7")).click();
            browser.find(By.id("a1-8")).click();
            browser.find(By.id("a2-6")).click();
            click(browser, "Save answers");
            browser.waitFor(By.tagName("body"), "There is a problem");
            assertThat(browser.text()).as("an unanswered item is named").contains("There is a problem", "item 4");
            browser.find(By.id("a3-3")).click();
            click(browser, "Save answers");
            browser.waitFor(By.tagName("body"), "Thank you: your answers");
            assertThat(browser.text()).contains("Thank you: your answers", "Life satisfaction", "High", "Anxiety", "Low");
            assertAccessible(browser, "Dylan's own view with his wellbeing");

            browser.find(By.xpath("//summary[normalize-space()='This is not what I decided']")).click();
            fill(browser, "What did you decide?", "I chose the powered chair for campus, but I also want to keep my "
                    + "manual chair for basketball.");
            click(browser, "Tell my care team");
            browser.waitFor(By.tagName("body"), "Your care team has been told");
            assertThat(browser.text()).contains("Your care team has been told", "Waiting for the care team");
            assertAccessible(browser, "Dylan's own view after flagging the decision");
            Pages.signOut(browser);

            Pages.signIn(browser, "ot");
            browser.open(record);
            assertThat(browser.text()).contains("Dylan says a recorded decision is not what they decided.",
                    "keep my manual chair for basketball");
            assertAccessible(browser, "Dylan's record with his flag");
        }
    }

    /** His app's readings arrive through the FHIR API, so the self-management page shows a chart of them. */
    private void shareSleepReadings(String dylan) {
        ApiClient ot = ApiClient.as(port, "ot");
        ot.post("/api/v1/persons/" + dylan + "/monitoring/consents",
                "{\"source\":\"https://campus-health.example/readings\",\"name\":\"Campus Health app\"}");
        StringBuilder entries = new StringBuilder();
        for (int night = 1; night <= 3; night++) {
            entries.append(night == 1 ? "" : ",").append("{\"resource\":{\"resourceType\":\"Observation\","
                    + "\"status\":\"final\",\"identifier\":[{\"system\":\"https://campus-health.example/readings\","
                    + "\"value\":\"sleep-" + night + "\"}],\"code\":{\"coding\":[{\"system\":\"http://loinc.org\","
                    + "\"code\":\"93832-4\"}]},\"effectiveDateTime\":\"" + Instant.now().minus(night, ChronoUnit.DAYS)
                    + "\",\"valueQuantity\":{\"value\":" + (6 + night * 0.5) + ",\"code\":\"h\"}}}");
        }
        ApiClient.Response sent = ot.post("/api/v1/persons/" + dylan + "/observations",
                "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" + entries + "]}");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    }

    private static void recordTheWheelchairDecision(Browser browser) {
        fill(browser, "The question to decide", "Which wheelchair will get me to lectures on my own?");
        fill(browser, "What matters most to the person", "Getting to lectures without being exhausted");
        option(browser, 1, "A standard manual wheelchair", "No charging; no top-up needed",
                "I get worn out pushing it up the hill to the library");
        option(browser, 2, "A lighter active-user chair", "Easier to push; good for basketball",
                "Still tiring on long days and hills");
        option(browser, 3, "A powered wheelchair", "Gets me to lectures without being exhausted",
                "Heavy; needs charging; costs more");
        fill(browser, "What doing nothing would mean: the good", "Nothing to arrange");
        fill(browser, "What doing nothing would mean: the risks", "I miss lectures or arrive exhausted");
        fill(browser, "Who took part", "Dylan, his mum Carol and Sam Okafor");
        browser.find(By.id("chosen-2")).click();
        fill(browser, "Why, in the person's words", "I want energy left for the rest of my day");
        click(browser, "Save the decision");
    }

    private static void option(Browser browser, int n, String name, String benefits, String risks) {
        fill(browser, "Option " + n + " name", name);
        fill(browser, "Option " + n + " benefits", benefits);
        fill(browser, "Option " + n + " risks", risks);
    }

    private static void assertAccessible(Browser browser, String page) {
        assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA violations on the " + page).isEmpty();
        assertThat(browser.smallScreenProblems()).as("problems on a phone-sized screen, " + page).isEmpty();
    }
}
