package care.whatmatters.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.reliability.HostileRecord;
import care.whatmatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The stored-XSS check in a real browser: with hostile text (script tags, event handlers, javascript: URLs)
 * in every field of a record, the main pages that show it open without any alert or dialog and without any
 * injected element in the live document.
 */
@IntegrationTest
class StoredXssBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void theMainPagesShowHostileTextWithoutRunningIt() {
        HostileRecord record = HostileRecord.write(port);
        try (Browser browser = new Browser(port)) {
            String signedIn = null;
            int showingIt = 0;
            for (HostileRecord.Page page : record.pages) {
                if (!page.account().equals(signedIn)) {
                    if (signedIn != null) {
                        browser.driver.manage().deleteAllCookies();
                    }
                    Pages.signIn(browser, page.account());
                    signedIn = page.account();
                }
                browser.open(page.path());
                String what = page.account() + " " + page.path();
                assertThatThrownBy(() -> browser.driver.switchTo().alert()).as(what + ": a dialog opened")
                        .isInstanceOf(NoAlertPresentException.class);
                Object injected = ((JavascriptExecutor) browser.driver).executeScript(
                        "return document.querySelectorAll('img[src=\"x\"], svg[onload], a[href^=\"javascript\"], "
                                + "[onerror], [onload]').length + Array.from(document.scripts).filter(s => !s.src).length;");
                assertThat(((Number) injected).intValue()).as(what + ": injected elements").isZero();
                showingIt += browser.text().contains(HostileRecord.MARKER) ? 1 : 0;
            }
            // The check means something only if the pages really showed the hostile text.
            assertThat(showingIt).as("pages showing the hostile text").isGreaterThanOrEqualTo(8);
        }
    }
}
