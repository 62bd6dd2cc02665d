package care.whatmatters.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The headers every page carries, and HSTS once the platform sits behind TLS. */
@IntegrationTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    private HttpResponse<String> signInPage(String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesForbidInlineScriptFramingAndSniffing() throws Exception {
        HttpResponse<String> page = signInPage(null);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void strictTransportSecurityIsSentOnlyWhenTheRequestArrivedOverTls() throws Exception {
        assertThat(signInPage(null).headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(signInPage("https").headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
    }
}
