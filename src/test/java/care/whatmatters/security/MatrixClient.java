package care.whatmatters.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One matrix column's client: HTTP Basic for the JSON API, a signed-in browser session (with its CSRF
 * token) for the pages. Redirects are not followed, so "sign in first" shows as a redirect to /login.
 */
final class MatrixClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final Who who;
    private final HttpClient http;

    MatrixClient(int port, Who who) {
        this.base = "http://127.0.0.1:" + port;
        this.who = who;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        if (who.username != null) {
            String token = csrf();
            HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + who.username + "&password=demo&_csrf="
                            + token)).build());
            if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException(who + " could not sign in: " + login.statusCode());
            }
        }
    }

    /** Calls one route: JSON with Basic authentication under /api, a form post with the CSRF token elsewhere. */
    HttpResponse<String> call(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        boolean api = path.startsWith("/api/");
        boolean fhir = path.startsWith("/fhir");
        String payload = body == null ? "" : body;
        if (fhir) {
            if (who.username != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((who.username + ":demo").getBytes(StandardCharsets.UTF_8)));
            }
            request.header("Content-Type", "application/fhir+json").header("Accept", "application/fhir+json");
        } else if (api) {
            if (who.username != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((who.username + ":demo").getBytes(StandardCharsets.UTF_8)));
            }
            request.header("Content-Type", "application/json").header("If-Match", "\"1\"")
                    .header("Idempotency-Key", "matrix-" + method + path);
        } else if (!method.equals("GET")) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
            payload = (payload.isEmpty() ? "" : payload + "&") + "_csrf=" + URLEncoder.encode(csrf(),
                    StandardCharsets.UTF_8);
        }
        request.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(payload));
        return send(request.build());
    }

    private String csrf() {
        String page = send(HttpRequest.newBuilder(URI.create(base + "/login")).build()).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
