package care.whatmatters.e2e;

import static care.whatmatters.e2e.Pages.click;
import static care.whatmatters.e2e.Pages.fill;
import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo story in a real browser: Dylan's occupational therapist opens his record (About Me first),
 * records what matters and a goal in his words, and agrees the plan with him; then Dylan signs in, sees
 * his plan, and sees who looked at his record. Every page passes axe-core's WCAG 2.2 A/AA rules, at desktop
 * width and at a phone's width.
 */
@IntegrationTest
@TestPropertySource(properties = "whatmatters.test.story=dylan-plan")
class DylanStoryIT {

    @LocalServerPort
    int port;

    @Test
    void occupationalTherapistAgreesDylansPlanAndDylanSeesItAndWhoLooked() {
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            assertAccessible(browser, "sign-in page");
            Pages.signIn(browser, "ot");

            assertThat(browser.text()).contains("My caseload", "Dylan Roberts", "Ruth Campbell");
            assertAccessible(browser, "caseload");
            fill(browser, "Filter your caseload", "robert");
            browser.waitFor(By.id("result-count"), "1 person");
            assertThat(browser.find(By.id("caseload-results")).getText()).contains("Dylan Roberts")
                    .doesNotContain("Ruth Campbell");
            Pages.openPersonFromCaseload(browser, "Dylan Roberts");

            assertThat(Pages.headingsInOrder(browser)).startsWith("Dylan's record | About Me");
            assertThat(browser.text()).contains("Getting to lectures on my own and having a normal student life");
            assertAccessible(browser, "Dylan's record");

            click(browser, "Start a plan");
            assertAccessible(browser, "plan start page");
            click(browser, "Start the plan");
            assertThat(browser.text()).contains("The plan is being written, not yet agreed.");

            fill(browser, "Something that matters to Dylan", "Getting to lectures on my own");
            click(browser, "Add what matters");
            fill(browser, "Add a goal for this, in Dylan's words", "To get around campus on my own in a powered wheelchair");
            click(browser, "Add goal");
            assertThat(browser.text()).contains("Getting to lectures on my own",
                    "To get around campus on my own in a powered wheelchair");
            assertAccessible(browser, "plan editor with a goal");

            browser.find(By.id("personAgreed")).click();
            fill(browser, "Who else took part", "Dylan, his mum Carol and Sam Okafor");
            click(browser, "Agree the plan");
            assertThat(browser.text()).contains("Agreed", "The plan is agreed with the person.", "Version 1");
            assertAccessible(browser, "agreed plan");
            Pages.signOut(browser);

            Pages.signIn(browser, "dylan");
            assertThat(browser.text()).contains("Your record", "Your care and support plan",
                    "This plan is agreed with the person.", "It was last agreed on", "No comments yet.",
                    "Getting to lectures on my own",
                    "To get around campus on my own in a powered wheelchair");
            String accessLog = browser.find(By.id("access")).findElement(By.xpath("..")).getText();
            assertThat(accessLog).contains("Sam Okafor", "Occupational therapist", "Looked at record",
                    "member of the care team");
            assertAccessible(browser, "Dylan's own view");

            click(browser, "See everyone who has looked");
            assertThat(browser.text()).contains("Who has looked at this record", "Created plan");
            assertAccessible(browser, "full access log");
        }
    }

    private static void assertAccessible(Browser browser, String page) {
        assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA violations on the " + page).isEmpty();
        assertThat(browser.smallScreenProblems()).as("problems on a phone-sized screen, " + page).isEmpty();
    }
}
