package care.whatmatters.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page objects: what a user does on each page, in the words on the page. */
final class Pages {

    private Pages() {
    }

    /** Signs in and waits for the page after it, so the next find cannot look at the sign-in page. */
    static void signIn(Browser browser, String username) {
        browser.open("/login");
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys("demo");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("form button[type=submit]")));
    }

    static void signOut(Browser browser) {
        browser.clickAndWaitForNextPage(browser.find(By.xpath("//button[normalize-space()='Sign out']")));
    }

    static void openPersonFromCaseload(Browser browser, String fullName) {
        browser.clickAndWaitForNextPage(browser.find(By.linkText(fullName)));
    }

    /**
     * Clicks a button or link. One that leads to another page (a plain link, or a form's submit button, without
     * htmx) is followed by a wait for that page, so the next check cannot read the page being replaced; an htmx
     * update is left to the caller's {@code waitFor}, as the page itself stays.
     */
    static void click(Browser browser, String buttonOrLinkText) {
        WebElement target = browser.find(
                By.xpath("//*[self::a or self::button][normalize-space()='" + buttonOrLinkText + "']"));
        if (leadsToAnotherPage(browser, target)) {
            browser.clickAndWaitForNextPage(target);
        } else {
            target.click();
        }
    }

    private static boolean leadsToAnotherPage(Browser browser, WebElement target) {
        Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                const e = arguments[0];
                const form = e.closest('form');
                const htmx = el => !!el && [...el.attributes].some(a => a.name.startsWith('hx-'));
                if (htmx(e) || htmx(form)) { return false; }
                if (e.tagName === 'A') {
                  const href = e.getAttribute('href');
                  return !!href && !href.startsWith('#') && e.target !== '_blank';
                }
                return !!form && e.type === 'submit';""", target);
        return Boolean.TRUE.equals(answer);
    }

    /**
     * Clicks a button or link that leads to another page (a form post and its redirect) and waits for that page,
     * so the next find cannot pick up an element of the page being replaced.
     */
    static void clickThrough(Browser browser, String buttonOrLinkText) {
        browser.clickAndWaitForNextPage(browser.find(
                By.xpath("//*[self::a or self::button][normalize-space()='" + buttonOrLinkText + "']")));
    }

    static void fill(Browser browser, String label, String value) {
        WebElement field = fieldLabelled(browser, label);
        field.clear();
        field.sendKeys(value);
    }

    static WebElement fieldLabelled(Browser browser, String labelStart) {
        WebElement label = browser.find(By.xpath("//label[starts-with(normalize-space(), \"" + labelStart + "\")]"));
        return browser.find(By.id(label.getAttribute("for")));
    }

    static String headingsInOrder(Browser browser) {
        return String.join(" | ", browser.driver.findElements(By.cssSelector("main h1, main h2")).stream()
                .map(WebElement::getText).toList());
    }
}
