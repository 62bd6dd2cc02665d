package care.whatmatters.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.IntegrationTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Session fixation: the session a visitor had before signing in (one an attacker could have planted) is
 * replaced at sign-in, so knowing it gives no access; signing out ends the session. Sessions expire after
 * 30 idle minutes (server.servlet.session.timeout).
 */
@IntegrationTest
class SessionFixationIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    @LocalServerPort
    int port;

    @Value("${server.servlet.session.timeout}")
    String timeout;

    @Test
    void signingInReplacesTheSessionAndTheOldOneOpensNothing() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String csrf = csrf(browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
        String before = session(cookies);
        assertThat(before).as("a session exists before sign-in (it holds the CSRF token)").isNotNull();

        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=ot&password=demo&_csrf="
                        + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String after = session(cookies);

        assertThat(after).as("a new session id at sign-in").isNotNull().isNotEqualTo(before);
        assertThat(withSession(before).statusCode()).as("the pre-sign-in session opens nothing").isEqualTo(302);
        assertThat(withSession(after).statusCode()).as("the new session is signed in").isEqualTo(200);
        assertThat(timeout).isEqualTo("30m");
    }

    private HttpResponse<String> withSession(String id) throws Exception {
        try (HttpClient plain = HttpClient.newHttpClient()) {
            return plain.send(HttpRequest.newBuilder(uri("/caseload")).header("Cookie", "JSESSIONID=" + id).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("the login form carries a CSRF token").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
