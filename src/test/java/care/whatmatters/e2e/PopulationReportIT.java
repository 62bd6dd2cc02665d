package care.whatmatters.e2e;

import static care.whatmatters.e2e.Pages.click;
import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.reporting.ReportAggregator;
import care.whatmatters.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A commissioner's view: the analyst opens the population report for Dylan's area and its equity view,
 * and nothing on the page identifies anyone.
 */
@IntegrationTest
class PopulationReportIT {

    /** Names and numbers from the demo cast that must never appear on a report page. */
    private static final List<String> PERSONAL = List.of("Dylan", "Roberts", "Margaret", "Thompson", "999 000",
            "9990000", "LS6 3HN", "Sam Okafor", "Priya Shah");

    @LocalServerPort
    int port;
    @Autowired
    ReportAggregator aggregator;

    @Test
    void analystSeesDylansAreasFiguresAndEquityViewWithNoPersonalData() {
        aggregator.aggregatePending();
        try (Browser browser = new Browser(port)) {
            Pages.signIn(browser, "analyst");
            click(browser, "Population report");
            assertThat(browser.text()).contains("Personalised care: who is benefiting", "Against the national ambitions");

            new Select(browser.find(By.id("area"))).selectByVisibleText("Place: Leeds");
            new Select(browser.find(By.id("measure"))).selectByVisibleText("People registered");
            click(browser, "Show");

            String page = browser.text();
            assertThat(page).contains("Leeds", "People registered: who is being reached", "Deprivation decile",
                    "Ethnic group", "Age band", "Digital inclusion", "Per 1,000 registered");
            assertThat(browser.find(By.xpath("//th[normalize-space()='People registered']/following-sibling::td[1]"))
                    .getText()).matches("[0-9,]+");
            assertThat(PERSONAL).allSatisfy(p -> assertThat(browser.driver.getPageSource()).doesNotContain(p));
            assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA violations on the report").isEmpty();
            assertThat(browser.smallScreenProblems()).as("problems on a phone-sized screen").isEmpty();
        }
    }

    @Test
    void analystSeesTheMeasuresFromEveryModuleAndTheStatutoryExtracts() {
        aggregator.aggregatePending();
        try (Browser browser = new Browser(port)) {
            Pages.signIn(browser, "analyst");
            click(browser, "Population report");
            browser.waitFor(By.tagName("main"), "Statutory extracts");
            assertThat(browser.text()).contains("Shared decisions recorded", "Social prescribing referrals",
                    "Social prescribing: connected", "Social prescribing: closed", "Personal health budgets: new",
                    "Personal wheelchair budgets", "Wellbeing improved", "Statutory extracts");
            assertThat(browser.find(By.partialLinkText("quarterly return")).getAttribute("href"))
                    .contains("/reports/extracts/phb-quarterly.csv?quarter=");
            assertThat(browser.find(By.partialLinkText("minimum dataset")).getAttribute("href"))
                    .contains("/reports/extracts/social-prescribing.csv");
            assertThat(browser.find(By.partialLinkText("SNOMED CT")).getAttribute("href"))
                    .contains("/reports/extracts/snomed-activity.csv");

            new Select(browser.find(By.id("measure"))).selectByVisibleText("Social prescribing referrals");
            click(browser, "Show");
            browser.waitFor(By.tagName("main"), "Social prescribing referrals: the last twelve months");

            assertThat(browser.text()).contains("Social prescribing referrals: the last twelve months",
                    "Social prescribing referrals: who is being reached");
            assertThat(browser.driver.findElements(By.cssSelector("svg.chart-svg"))).isNotEmpty();
            assertThat(PERSONAL).allSatisfy(p -> assertThat(browser.driver.getPageSource()).doesNotContain(p));
            assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA violations on the report").isEmpty();
            assertThat(browser.smallScreenProblems()).as("problems on a phone-sized screen").isEmpty();
        }
    }
}
