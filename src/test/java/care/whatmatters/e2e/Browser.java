package care.whatmatters.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through its ChromeDriver, headless, with a fresh profile; plus the checks every
 * page must pass: no WCAG 2.2 A/AA violations found by axe-core, and no sideways scrolling on a phone.
 */
final class Browser implements AutoCloseable {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    final WebDriver driver;
    private final String base;

    Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        this.base = "http://127.0.0.1:" + port;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    /**
     * Waits (up to ten seconds) for an element to show some text, as after an htmx update or a form's answer. An
     * element that a navigation replaces while it is being read is looked for again, not taken as a failure
     * (ChromeDriver can report it as not belonging to the document, which the stock condition does not ignore).
     */
    void waitFor(By element, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                return d.findElement(element).getText().contains(text);
            } catch (org.openqa.selenium.NoSuchElementException notYet) {
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (replacedMidRead(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** The page's text; read again if a navigation replaced the page while it was being read. */
    String text() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.WebDriverException e) {
                if (!replacedMidRead(e) || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Clicks a link or button and waits for the page it leads to, so no check reads the old page. */
    void clickAndWaitForNextPage(WebElement target) {
        WebElement before = find(By.tagName("body"));
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(before));
    }

    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (replacedMidRead(e)) {
                return true;
            }
            throw e;
        }
    }

    /**
     * An element of a page that a navigation has replaced: ChromeDriver says "stale", or, caught mid-navigation,
     * that the node "does not belong to the document".
     */
    private static boolean replacedMidRead(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** Runs axe-core on the page as it is now; answers the violations, described, or an empty string. */
    String accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        return results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"));
    }

    /** Checks the page again at a phone's width: it must still pass axe and not scroll sideways. */
    String smallScreenProblems() {
        Dimension wide = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(375, 800));
        try {
            Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            String violations = accessibilityViolations();
            return (overflow > 0 ? "page is " + overflow + "px wider than a 375px screen\n" : "") + violations;
        } finally {
            driver.manage().window().setSize(wide);
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
