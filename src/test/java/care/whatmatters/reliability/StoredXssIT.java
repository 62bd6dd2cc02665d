package care.whatmatters.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Stored cross-site scripting: hostile text written into every free-text field a page shows (see
 * {@link HostileRecord}) comes back on every such page as text, never as markup. Each page is parsed as a
 * browser would (jsoup) and must hold no injected element, event handler or javascript: URL.
 */
@IntegrationTest
class StoredXssIT {

    @LocalServerPort
    int port;

    @Test
    void hostileTextIsShownAsTextOnEveryPageThatShowsIt() {
        HostileRecord record = HostileRecord.write(port);
        Map<String, PageSession> sessions = new HashMap<>();
        Set<String> showingIt = new TreeSet<>();

        for (HostileRecord.Page page : record.pages) {
            PageSession session = sessions.computeIfAbsent(page.account(), a -> new PageSession(port, a));
            HttpResponse<String> answer = session.get(page.path());
            String what = page.account() + " " + page.path();
            assertThat(answer.statusCode()).as(what).isEqualTo(200);
            Document doc = Jsoup.parse(answer.body());
            assertHoldsNoInjectedMarkup(what, doc, answer.body());
            if (doc.text().contains(HostileRecord.MARKER) || answer.body().contains("value=\"" + HostileRecord.MARKER)) {
                showingIt.add(page.path().replace(record.person.toString(), "{id}").replaceAll("/[0-9a-f-]{36}", "/{x}"));
            }
        }

        // The checks above mean something only if the pages really show the hostile text.
        assertThat(showingIt).as("pages that show the hostile text").contains("/persons/{id}",
                "/persons/{id}/plan", "/persons/{id}/plan/print", "/persons/{id}/decisions/{x}",
                "/persons/{id}/referrals/{x}", "/persons/{x}/budgets/{x}", "/budgets/approvals/{x}",
                "/directory/editor/services/{x}");
    }

    static void assertHoldsNoInjectedMarkup(String what, Document doc, String raw) {
        assertThat(doc.select("script:not([src])")).as(what + ": inline script").isEmpty();
        assertThat(doc.select("img[src=x], svg[onload], a[href^=javascript]")).as(what + ": injected element").isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                assertThat(name).as(what + ": event handler on <" + element.tagName() + ">").doesNotStartWith("on");
                assertThat(value).as(what + ": " + name + " on <" + element.tagName() + ">")
                        .doesNotStartWith("javascript:");
            }
        }
        assertThat(doc.select("title")).as(what + ": one title, in the head").hasSize(1);
        assertThat(doc.head().select("title")).hasSize(1);
        assertThat(raw).as(what).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .doesNotContain("<svg onload").doesNotContain("href=\"javascript:");
    }
}
