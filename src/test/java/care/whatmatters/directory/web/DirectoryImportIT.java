package care.whatmatters.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Importing Open Referral UK feeds: good records in, bad ones reported with the reason, exact duplicates
 * merged, likely duplicates flagged, nothing changed that the report does not list; and search over the
 * directory, ranked and explained.
 */
@IntegrationTest
class DirectoryImportIT {

    @LocalServerPort
    int port;

    private static String service(UUID id, UUID org, String name, String postcode, String extra) {
        return """
                {"id":"%s","name":"%s","status":"active","description":"A friendly knit and natter group for anyone.",
                 "organization":{"id":"%s","name":"Test Knitters","description":"A test group"},
                 "cost_per_session":2.5,"capacity":{"status":"waiting_list","waiting_weeks":3},
                 "service_at_locations":[{"id":"%s","location":{"id":"%s","location_type":"physical",
                   "latitude":53.8,"longitude":-1.55,"addresses":[{"id":"%s","address_1":"1 Test Street","city":"Leeds",
                   "state_province":"West Yorkshire","postal_code":"%s","country":"GB","address_type":"physical"}]}}]%s}"""
                .formatted(id, name, org, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), postcode, extra);
    }

    @Test
    void importsGoodRecordsReportsBadOnesMergesExactDuplicatesAndFlagsLikelyOnes() {
        UUID org = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        String goodRecord = service(good, org, "Knit and Natter Kirkstall", "LS5 3AA", "");
        String sameAgain = goodRecord.replace(good.toString(), UUID.randomUUID().toString());
        String likely = service(UUID.randomUUID(), org, "Knit and Natter Kirkstall", "LS5 3AA",
                ",\"alert\":\"Closed in August\"");
        String bad = """
                {"id":"not-a-uuid","name":"","status":"open","url":"somewhere",
                 "organization":{"id":"%s","name":"Test Knitters","description":"A test group"}}""".formatted(org);
        String feed = "[" + goodRecord + "," + bad + "," + sameAgain + "," + likely + "]";

        ApiClient.Response imported = ApiClient.as(port, "admin").post("/api/v1/directory/imports", feed);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(report.get("received").asInt()).isEqualTo(4);
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("merged").asInt()).isEqualTo(1);
        assertThat(report.get("flagged").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.at("/records/1/reason").asString()).contains("id must be a UUID", "status must be one of",
                "url must be a full web address", "name is required");
        assertThat(report.at("/records/2/duplicateOf").asString()).isEqualTo(good.toString());
        assertThat(report.at("/records/3/duplicateOf").asString()).isEqualTo(good.toString());
        assertThat(ApiClient.anonymous(port).get("/openreferral/services/" + good).status()).isEqualTo(200);

        JsonNode again = ApiClient.as(port, "admin").post("/api/v1/directory/imports", "[" + goodRecord + "]").json();
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
        assertThat(again.get("created").asInt()).isZero();
    }

    @Test
    void anEditorImportsOnlyTheirOwnOrganisationsServicesAndOthersMayNotImport() {
        String otherOrganisation = "[" + service(UUID.randomUUID(), UUID.randomUUID(), "Not theirs", "LS6 1AA", "") + "]";

        JsonNode byEditor = ApiClient.as(port, "editor").post("/api/v1/directory/imports", otherOrganisation).json();
        ApiClient.Response byGp = ApiClient.as(port, "gp").post("/api/v1/directory/imports", otherOrganisation);

        assertThat(byEditor.get("rejected").asInt()).isEqualTo(1);
        assertThat(byEditor.at("/records/0/reason").asString()).contains("another organisation");
        assertThat(byGp.status()).isEqualTo(403);
    }

    @Test
    void aFeedThatIsNotAFeedChangesNothing() {
        ApiClient.Response refused = ApiClient.as(port, "admin").post("/api/v1/directory/imports", "\"hello\"");

        assertThat(refused.status()).isEqualTo(422);
    }

    @Test
    void searchRanksTheWheelchairSportsClubFirstForDylanAndExplainsWhy() {
        JsonNode found = ApiClient.as(port, "linkworker").get("/api/v1/directory/search?goal=To%20play%20wheelchair%20"
                + "basketball%20with%20a%20club&postcode=LS6%203HN&radiusKm=3&maxCostPence=500").json();

        assertThat(found.at("/results/0/name").asString()).isEqualTo("Woodhouse Wheelchair Sports Club");
        assertThat(found.at("/results/0/explanation").asString()).startsWith(
                "matches goal 'To play wheelchair basketball with a club', ").contains(" km, £3 a session, taking referrals");
        found.get("results").forEach(r -> assertThat(r.get("distanceKm").asDouble()).isLessThanOrEqualTo(3.0));
        found.get("results").forEach(r -> assertThat(r.get("costPerSessionPence").asLong()).isLessThanOrEqualTo(500));
    }

    @Test
    void searchRefusesBadCriteriaWithTheField() {
        ApiClient.Response bad = ApiClient.as(port, "linkworker").get("/api/v1/directory/search?q=walk&lat=91&lng=0");

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("latitude");
    }
}
