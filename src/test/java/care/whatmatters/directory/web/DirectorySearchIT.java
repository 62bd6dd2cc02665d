package care.whatmatters.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Directory search near a point reads a table the database derives from the services, their places and
 * organisations: it must follow every change to them, and choosing a bounded number of candidates must not
 * crowd the best match out. Each test invents its own words, so the shared directory does not interfere.
 */
@IntegrationTest
class DirectorySearchIT {

    private static final double LAT = 53.80;
    private static final double LNG = -1.55;

    @LocalServerPort
    int port;

    private static String word() {
        Random random = new Random();
        return "zq" + random.ints(10, 'a', 'z' + 1).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }

    private static String service(UUID id, UUID org, String organisation, String name, String status, double lat,
            double lng, String capacity, UUID place) {
        return """
                {"id":"%s","name":"%s","status":"%s","description":"A friendly group for anyone.",
                 "organization":{"id":"%s","name":"%s","description":"A test organisation"},
                 "cost_per_session":0,"capacity":{"status":"%s"},
                 "service_at_locations":[{"id":"%s","location":{"id":"%s","location_type":"physical",
                   "latitude":%s,"longitude":%s,"addresses":[{"id":"%s","address_1":"1 Test Street","city":"Leeds",
                   "state_province":"West Yorkshire","postal_code":"LS12 2QT","country":"GB","address_type":"physical"}]}}]}"""
                .formatted(id, name, status, org, organisation, capacity, UUID.randomUUID(), place, lat, lng,
                        UUID.randomUUID());
    }

    private void load(List<String> services) {
        ApiClient.Response imported = ApiClient.as(port, "admin").post("/api/v1/directory/imports",
                "[" + String.join(",", services) + "]");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("rejected").asInt()).as(imported.toString()).isZero();
    }

    private JsonNode search(String q, double lat, double lng) {
        return ApiClient.as(port, "linkworker").get("/api/v1/directory/search?q=" + q.replace(" ", "+") + "&lat=" + lat
                + "&lng=" + lng + "&radiusKm=5&limit=100").json();
    }

    private static List<String> names(JsonNode found) {
        List<String> names = new ArrayList<>();
        found.get("results").forEach(r -> names.add(r.get("name").asString()));
        return names;
    }

    @Test
    void searchNearAPointFollowsChangesToTheServiceItsPlaceAndItsOrganisation() {
        String word = word();
        UUID id = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        UUID place = UUID.randomUUID();
        load(List.of(service(id, org, "First Name Trust", "Knit " + word, "active", LAT, LNG, "taking_referrals", place)));
        assertThat(names(search(word, LAT, LNG))).containsExactly("Knit " + word);

        load(List.of(service(id, org, "Second Name Trust", "Knit and natter " + word, "active", LAT + 0.2, LNG,
                "taking_referrals", place)));
        assertThat(names(search(word, LAT, LNG))).isEmpty();
        JsonNode moved = search(word, LAT + 0.2, LNG);
        assertThat(names(moved)).containsExactly("Knit and natter " + word);
        assertThat(moved.at("/results/0/organisation").asString()).isEqualTo("Second Name Trust");

        load(List.of(service(id, org, "Second Name Trust", "Knit and natter " + word, "inactive", LAT + 0.2, LNG,
                "taking_referrals", place)));
        assertThat(names(search(word, LAT + 0.2, LNG))).isEmpty();
    }

    @Test
    void whenMoreServicesMatchThanAreRankedTheBestMatchStillComesFirst() {
        String common = word();
        String rare = word();
        UUID org = UUID.randomUUID();
        List<String> feed = new ArrayList<>();
        // 450 services matching one word, half of them full: more than the 400 candidates that are ranked.
        for (int i = 0; i < 450; i++) {
            feed.add(service(UUID.randomUUID(), org, "Crowd Trust", "Crowd " + i + " " + common, "active",
                    LAT + 0.01 + 0.0002 * (i % 50), LNG + 0.0002 * (i / 50), i % 2 == 0 ? "full" : "taking_referrals",
                    UUID.randomUUID()));
        }
        feed.add(service(UUID.randomUUID(), org, "Crowd Trust", "Nearest " + common, "active", LAT, LNG,
                "taking_referrals", UUID.randomUUID()));
        // Farther than all the crowd, but the only one matching both words of the need.
        feed.add(service(UUID.randomUUID(), org, "Crowd Trust", "Best " + common + " " + rare, "active", LAT + 0.03, LNG,
                "taking_referrals", UUID.randomUUID()));
        load(feed);

        JsonNode nearest = search(common, LAT, LNG);
        JsonNode both = search(common + " " + rare, LAT, LNG);

        assertThat(nearest.at("/results/0/name").asString()).isEqualTo("Nearest " + common);
        assertThat(nearest.get("count").asInt()).isEqualTo(100);
        nearest.get("results").forEach(r -> assertThat(r.get("distanceKm").asDouble()).isLessThanOrEqualTo(5.0));
        assertThat(both.at("/results/0/name").asString()).isEqualTo("Best " + common + " " + rare);
        assertThat(both.at("/results/0/explanation").asString()).startsWith("matches '" + common + "', '" + rare + "'");
    }

    @Test
    void aSearchWithOnlyAPlaceListsWhatIsThereNearestFirstAllElseEqual() {
        String word = word();
        UUID org = UUID.randomUUID();
        double lat = 53.30;
        double lng = -2.90;
        load(List.of(service(UUID.randomUUID(), org, "Place Trust", "Farther " + word, "active", lat + 0.02, lng,
                "taking_referrals", UUID.randomUUID()), service(UUID.randomUUID(), org, "Place Trust", "Nearer " + word,
                "active", lat + 0.001, lng, "taking_referrals", UUID.randomUUID())));

        ApiClient.Response found = ApiClient.as(port, "linkworker").get("/api/v1/directory/search?lat=" + lat + "&lng="
                + lng + "&radiusKm=5");

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(names(found.json())).containsSubsequence("Nearer " + word, "Farther " + word);
    }
}
