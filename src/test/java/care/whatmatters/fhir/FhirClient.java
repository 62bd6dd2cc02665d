package care.whatmatters.fhir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** A FHIR client for tests: JSON over HTTP with Basic authentication, answers parsed on demand. */
final class FhirClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String username;

    FhirClient(int port, String username) {
        this.base = "http://127.0.0.1:" + port + "/fhir";
        this.username = username;
    }

    record Answer(int status, String body, HttpResponse<String> raw) {
        <T extends IBaseResource> T as(Class<T> type) {
            return FhirValidation.context().newJsonParser().parseResource(type, body);
        }
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer getUrl(String url) {
        return send(auth(HttpRequest.newBuilder(URI.create(url))).GET());
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/fhir+json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer post(String path, IBaseResource resource) {
        return post(path, FhirValidation.context().newJsonParser().encodeResourceToString(resource));
    }

    private HttpRequest.Builder request(String path) {
        return auth(HttpRequest.newBuilder(URI.create(base + path))).header("Accept", "application/fhir+json");
    }

    private HttpRequest.Builder auth(HttpRequest.Builder builder) {
        if (username != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> raw = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(raw.statusCode(), raw.body(), raw);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
