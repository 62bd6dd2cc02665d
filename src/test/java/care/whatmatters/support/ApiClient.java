package care.whatmatters.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the JSON API over real HTTP on loopback, signed in as one demo account. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String authorization;

    private ApiClient(int port, String username, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Signed in as a demo account (password "demo"). */
    public static ApiClient as(int port, String username) {
        return new ApiClient(port, username, "demo");
    }

    public static ApiClient withPassword(int port, String username, String password) {
        return new ApiClient(port, username, password);
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null, null);
    }

    /** Whether the platform is up and answering its health check (false while it starts or is down). */
    public boolean healthy() {
        try {
            HttpResponse<String> health = HTTP.send(request("/actuator/health").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return post(path, json, null);
    }

    public Response post(String path, String json, String ifMatch) {
        return send(withBody(request(path), "POST", json, ifMatch));
    }

    /** A POST with extra headers, such as an Idempotency-Key. */
    public Response postWithHeaders(String path, String json, java.util.Map<String, String> headers) {
        HttpRequest.Builder builder = withBody(request(path), "POST", json, null);
        headers.forEach(builder::header);
        return send(builder);
    }

    public Response put(String path, String json, String ifMatch) {
        return send(withBody(request(path), "PUT", json, ifMatch));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder builder, String method, String json,
            String ifMatch) {
        builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer, with its body parsed as JSON on demand. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String etag() {
            return header("ETag");
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
