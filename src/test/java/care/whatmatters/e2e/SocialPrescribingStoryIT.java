package care.whatmatters.e2e;

import static care.whatmatters.e2e.Pages.click;
import static care.whatmatters.e2e.Pages.clickThrough;
import static care.whatmatters.e2e.Pages.fill;
import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Social prescribing in a real browser: the GP refers Margaret Thompson, who is lonely; the link worker
 * takes the referral (joining her care team), contacts her, measures her wellbeing (SWEMWBS), finds a
 * walking group near her home, connects her, follows up, measures again and closes with the coded message
 * back. Margaret's daughter sees it from Margaret's own view, and the directory editor keeps the walking
 * group's details current. Every page passes axe-core's WCAG 2.2 A/AA rules at desktop and phone widths.
 */
@IntegrationTest
@TestPropertySource(properties = "whatmatters.test.story=social-prescribing")
class SocialPrescribingStoryIT {

    @LocalServerPort
    int port;

    @Test
    void gpRefersMargaretAndTheLinkWorkerConnectsHerToAWalkingGroupAndClosesTheLoop() {
        try (Browser browser = new Browser(port)) {
            gpRefersMargaret(browser);
            linkWorkerTakesTheReferralAndMeasuresWellbeing(browser);
            linkWorkerFindsAWalkingGroupAndConnectsHer(browser);
            linkWorkerFollowsUpAndClosesWithTheMessageBack(browser);
            margaretsDaughterSeesTheReferralFromHerView(browser);
            directoryEditorKeepsTheWalkCurrent(browser);
        }
    }

    private void gpRefersMargaret(Browser browser) {
        Pages.signIn(browser, "gp");
        Pages.openPersonFromCaseload(browser, "Margaret Thompson");
        click(browser, "Referrals to social prescribing");
        assertAccessible(browser, "Margaret's referrals");
        new Select(Pages.fieldLabelled(browser, "Where the referral comes from")).selectByValue("GP");
        fill(browser, "Why you are referring them", "Lonely since her friend moved away; would like to get out "
                + "of the house and meet people, but worries about her knees.");
        fill(browser, "Needs", "loneliness, physical activity");
        click(browser, "Send the referral");
        assertThat(browser.text()).contains("Referral to social prescribing", "Received", "Not taken yet");
        assertAccessible(browser, "new referral");
        Pages.signOut(browser);
    }

    private void linkWorkerTakesTheReferralAndMeasuresWellbeing(Browser browser) {
        Pages.signIn(browser, "linkworker");
        click(browser, "Social prescribing");
        assertThat(browser.find(By.id("waiting-heading")).findElement(By.xpath("..")).getText())
                .contains("Margaret Thompson", "Dr Priya Shah");
        assertAccessible(browser, "link worker's caseload");
        click(browser, "Margaret Thompson");
        assertThat(browser.text()).contains("Taking it adds you to Margaret's care team").doesNotContain("History");
        assertAccessible(browser, "referral waiting to be taken");
        click(browser, "Take this referral");
        browser.waitFor(By.tagName("main"), "History");
        clickThrough(browser, "Record that you contacted them");
        fill(browser, "What they would like", "To meet people, near home, nothing too strenuous");
        clickThrough(browser, "They want to take part");
        answerSwemwbs(browser, List.of("2", "2", "3", "2", "3", "2", "2"));
        browser.waitFor(By.tagName("main"), "SWEMWBS Baseline: 16.36");
        assertAccessible(browser, "referral with a baseline");
        fill(browser, "What you agreed to try", "Try a gentle walking group near home, with tea afterwards");
        click(browser, "Record the plan");
        browser.waitFor(By.tagName("main"), "Plan agreed");
    }

    private void linkWorkerFindsAWalkingGroupAndConnectsHer(Browser browser) {
        click(browser, "Find a service for Margaret");
        assertThat(Pages.fieldLabelled(browser, "Near postcode").getAttribute("value")).isEqualTo("LS12 2QT");
        assertAccessible(browser, "find a service");
        fill(browser, "Their goal", "To meet people and get out of the house");
        fill(browser, "What you are looking for", "walking group");
        click(browser, "Search");
        WebElement walk = browser.find(By.xpath("//li[h3[normalize-space()='Armley Park Gentle Walk']]"));
        assertThat(walk.getText()).contains("matches goal 'To meet people and get out of the house'", "km", "free",
                "taking referrals", "assured this month");
        assertAccessible(browser, "ranked, explained search results");
        walk.findElement(By.xpath(".//button")).click();
        assertThat(browser.text()).contains("Connected", "Armley Park Gentle Walk", "Sent, waiting for the service");
        fill(browser, "What Armley Park Gentle Walk said", "Welcome on Wednesday; a volunteer will meet her at the gate");
        click(browser, "The service accepted");
        browser.waitFor(By.tagName("main"), "Accepted by the service");
        assertAccessible(browser, "connected referral");
    }

    private void linkWorkerFollowsUpAndClosesWithTheMessageBack(Browser browser) {
        fill(browser, "How it is going", "Goes every Wednesday and has made a friend");
        // The SWEMWBS form is on the page before and after this post: wait for the new one before answering it.
        clickThrough(browser, "Record the follow-up");
        answerSwemwbs(browser, List.of("4", "3", "4", "3", "4", "3", "4"));
        browser.waitFor(By.tagName("main"), "SWEMWBS 16.36 → 22.35 (up 5.99)");
        click(browser, "Record that the outcome is measured");
        fill(browser, "Summary for the GP and the referrer", "Margaret walks with the group every Wednesday and "
                + "stays for tea; she says she feels less alone.");
        click(browser, "Close and send the message back");
        browser.waitFor(By.tagName("main"), "Sent to Dr Priya Shah");
        assertThat(browser.text()).contains("Closed", "Sent to Dr Priya Shah");
        assertAccessible(browser, "closed referral");
        click(browser, "Read or print the letter");
        assertThat(browser.text()).contains("Social prescribing: message back", "Dr Priya Shah",
                "SNOMED CT 871731000000106 Referral to social prescribing service", "Connected to Armley Park Gentle Walk",
                "SWEMWBS 16.36 → 22.35", "she says she feels less alone");
        assertAccessible(browser, "message back letter");
        Pages.signOut(browser);
    }

    private void margaretsDaughterSeesTheReferralFromHerView(Browser browser) {
        Pages.signIn(browser, "carer");
        click(browser, "Ask for a link worker, or see your referral");
        assertThat(browser.text()).contains("Your referrals", "Closed", "Your link worker is Jordan Ellis");
        assertAccessible(browser, "self-referral page");
        Pages.signOut(browser);
    }

    private void directoryEditorKeepsTheWalkCurrent(Browser browser) {
        Pages.signIn(browser, "editor");
        click(browser, "Your services");
        assertThat(browser.text()).contains("Aire Valley Walking Partnership", "Armley Park Gentle Walk",
                "Bramley Fell Ramble", "Needs attention", "Confirm the details are still correct");
        assertAccessible(browser, "editor's services");
        browser.find(By.xpath("//section[h2[normalize-space()='Bramley Fell Ramble']]//a")).click();
        assertAccessible(browser, "service form");
        fill(browser, "What happens", "A longer, hillier walk of about two hours on Bramley Fell, with views over Leeds.");
        click(browser, "Save the service");
        browser.waitFor(By.tagName("main"), "Your services");
        browser.find(By.xpath("//section[h2[normalize-space()='Bramley Fell Ramble']]//form//button")).click();
        browser.waitFor(By.xpath("//section[h2[normalize-space()='Bramley Fell Ramble']]"), "assured this month");
        editorUploadsAFeed(browser);
    }

    /** The upload form: a file that is not JSON is refused plainly; another organisation's record is reported. */
    private void editorUploadsAFeed(Browser browser) {
        try {
            Path notJson = Files.createTempFile("not-a-feed", ".json");
            Files.writeString(notJson, "this is not json");
            browser.find(By.id("feed")).sendKeys(notJson.toAbsolutePath().toString());
            click(browser, "Import");
            browser.waitFor(By.tagName("main"), "is not valid JSON");
            assertAccessible(browser, "editor's services with an import error");

            Path feed = Files.createTempFile("feed", ".json");
            Files.writeString(feed, """
                    [{"id":"%s","name":"Someone Else's Walk","status":"active","description":"Not this editor's.",
                      "organization":{"id":"%s","name":"Another Group","description":"Not theirs"}}]"""
                    .formatted(UUID.randomUUID(), UUID.randomUUID()));
            browser.find(By.id("feed")).sendKeys(feed.toAbsolutePath().toString());
            click(browser, "Import");
            browser.waitFor(By.id("report-heading"), "Import report");
            assertThat(browser.text()).contains("Someone Else's Walk", "another organisation");
            assertAccessible(browser, "import report");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answerSwemwbs(Browser browser, List<String> scores) {
        for (int i = 0; i < scores.size(); i++) {
            new Select(browser.find(By.id("item-" + (i + 1)))).selectByValue(scores.get(i));
        }
        click(browser, "Record SWEMWBS");
    }

    private static void assertAccessible(Browser browser, String page) {
        assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA violations on the " + page).isEmpty();
        assertThat(browser.smallScreenProblems()).as("problems on a phone-sized screen, " + page).isEmpty();
    }
}
