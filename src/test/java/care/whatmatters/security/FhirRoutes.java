package care.whatmatters.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The routes of the FHIR server (a servlet, not in Spring MVC's mapping table), read from its own
 * CapabilityStatement, so a new resource type or interaction there also needs a row in the matrix:
 * read and update as {@code /fhir/Type/{id}}, search and create as {@code /fhir/Type}, instance operations
 * as {@code /fhir/Type/{id}/$name}, transactions as {@code POST /fhir}, and {@code GET /fhir/metadata}.
 */
final class FhirRoutes {

    private FhirRoutes() {
    }

    static List<String> of(int port) {
        JsonNode cs = metadata(port);
        TreeSet<String> routes = new TreeSet<>();
        routes.add("GET /fhir/metadata");
        for (JsonNode rest : cs.path("rest")) {
            for (JsonNode i : rest.path("interaction")) {
                if (i.path("code").asString().equals("transaction")) {
                    routes.add("POST /fhir");
                }
            }
            for (JsonNode resource : rest.path("resource")) {
                String type = "/fhir/" + resource.path("type").asString();
                for (JsonNode i : resource.path("interaction")) {
                    switch (i.path("code").asString()) {
                        case "read" -> routes.add("GET " + type + "/{id}");
                        case "update" -> routes.add("PUT " + type + "/{id}");
                        case "search-type" -> routes.add("GET " + type);
                        case "create" -> routes.add("POST " + type);
                        default -> routes.add(i.path("code").asString().toUpperCase() + " " + type);
                    }
                }
                for (JsonNode op : resource.path("operation")) {
                    routes.add("GET " + type + "/{id}/$" + op.path("name").asString());
                }
            }
        }
        return new ArrayList<>(routes);
    }

    private static JsonNode metadata(int port) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/fhir/metadata")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JsonMapper.builder().build().readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
