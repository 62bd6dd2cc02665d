package care.whatmatters.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Open Referral UK read API, called without signing in, on the demo directory: every answer is checked
 * against the official schemas (Draft 2020-12, formats asserted), and the filters do what the standard says.
 */
@IntegrationTest
class OpenReferralApiIT {

    @LocalServerPort
    int port;

    private ApiClient anyone() {
        return ApiClient.anonymous(port);
    }

    @Test
    void theRootSaysWhichVersionAndProfileItServesWithoutSigningIn() {
        ApiClient.Response root = anyone().get("/openreferral/");

        assertThat(root.status()).isEqualTo(200);
        assertThat(OpenReferralSchemas.describe(OpenReferralSchemas.ROOT.validate(root.json()))).isEmpty();
        assertThat(root.json().get("version").asString()).isEqualTo("3.0");
        assertThat(root.json().get("profile").asString()).contains("uk-profile");
        assertThat(root.json().get("openapi_url").asString()).startsWith("https://");
    }

    @Test
    void everyPageOfServicesValidatesAgainstTheOfficialSchemas() {
        JsonNode first = anyone().get("/openreferral/services?per_page=100").json();
        long total = first.get("total_items").asLong();
        int pages = first.get("total_pages").asInt();
        List<String> errors = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            JsonNode body = anyone().get("/openreferral/services?per_page=100&page=" + page).json();
            OpenReferralSchemas.pageErrors(body).forEach(e -> errors.add("page " + body.get("page_number") + " " + e));
        }

        assertThat(total).isGreaterThan(250);
        assertThat(pages).isEqualTo((int) ((total + 99) / 100));
        assertThat(errors).isEmpty();
    }

    @Test
    void theFirstAndLastPagesSayWhichTheyAre() {
        JsonNode first = anyone().get("/openreferral/services?per_page=10").json();
        int last = first.get("total_pages").asInt();
        JsonNode end = anyone().get("/openreferral/services?per_page=10&page=" + last).json();
        JsonNode beyond = anyone().get("/openreferral/services?per_page=10&page=" + (last + 1)).json();

        assertThat(first.get("first_page").asBoolean()).isTrue();
        assertThat(first.get("last_page").asBoolean()).isFalse();
        assertThat(first.get("size").asInt()).isEqualTo(10);
        assertThat(end.get("last_page").asBoolean()).isTrue();
        assertThat(end.get("page_number").asInt()).isEqualTo(last);
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("contents").size()).isZero();
        assertThat(OpenReferralSchemas.pageErrors(beyond)).isEmpty();
    }

    @Test
    void everyFullServiceValidatesAgainstTheOfficialSchema() {
        JsonNode page = anyone().get("/openreferral/services?per_page=40&page=2").json();
        List<String> errors = new ArrayList<>();
        for (JsonNode item : page.get("contents")) {
            ApiClient.Response full = anyone().get("/openreferral/services/" + item.get("id").asString());
            assertThat(full.status()).isEqualTo(200);
            OpenReferralSchemas.describe(OpenReferralSchemas.SERVICE.validate(full.json()))
                    .forEach(e -> errors.add(item.get("name").asString() + " " + e));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void searchFindsTheWheelchairSportsClubWithItsPlaceTimesAndCosts() {
        JsonNode page = anyone().get("/openreferral/services?search=wheelchair%20basketball").json();

        assertThat(names(page)).contains("Woodhouse Wheelchair Sports Club");
        String id = page.get("contents").get(0).get("id").asString();
        JsonNode club = anyone().get("/openreferral/services/" + id).json();
        assertThat(OpenReferralSchemas.describe(OpenReferralSchemas.SERVICE.validate(club))).isEmpty();
        assertThat(club.at("/service_at_locations/0/location/addresses/0/postal_code").asString()).isEqualTo("LS6 1AN");
        assertThat(club.at("/schedules/0/byday").asString()).isEqualTo("TU,TH");
        assertThat(club.at("/schedules/0/opens_at").asString()).isEqualTo("18:30:00");
        assertThat(club.at("/cost_options/0/amount").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(club.at("/capacity/status").asString()).isEqualTo("taking_referrals");
        assertThat(club.get("cost_per_session").decimalValue()).isEqualByComparingTo("3");
    }

    @Test
    void filtersByTaxonomyTermAgeDayTimeAndProximity() {
        JsonNode walks = anyone().get("/openreferral/services?search=walk").json();
        String term = anyone().get("/openreferral/services/" + walks.at("/contents/0/id").asString()).json()
                .at("/attributes/0/taxonomy_term/id").asString();

        JsonNode byTerm = anyone().get("/openreferral/services?per_page=200&taxonomy_term_id=" + term).json();
        JsonNode adults = anyone().get("/openreferral/services?per_page=200&minimum_age=50").json();
        JsonNode tuesdayEvenings = anyone().get("/openreferral/services?per_page=200&day=TU&start_time=17:00").json();
        JsonNode nearDylan = anyone().get("/openreferral/services?per_page=200&postcode=LS6%203HN&proximity=1500").json();

        assertThat(byTerm.get("total_items").asInt()).isGreaterThan(5);
        assertThat(names(byTerm)).allMatch(n -> n.contains("Walk") || n.contains("Striders") || n.contains("Ramble"));
        byTerm.get("contents").forEach(s -> assertThat(s.get("minimum_age").asInt()).isGreaterThanOrEqualTo(0));
        adults.get("contents").forEach(s -> assertThat(s.get("minimum_age").asInt()).isGreaterThanOrEqualTo(50));
        assertThat(names(tuesdayEvenings)).contains("Woodhouse Wheelchair Sports Club");
        assertThat(names(nearDylan)).contains("Woodhouse Wheelchair Sports Club").doesNotContain("Armley Park Gentle Walk");
        for (JsonNode page : List.of(byTerm, adults, tuesdayEvenings, nearDylan)) {
            assertThat(OpenReferralSchemas.pageErrors(page)).isEmpty();
        }
    }

    @Test
    void badParametersAreRefusedWithTheReasonAndUnknownServicesAreNotFound() {
        ApiClient.Response badPage = anyone().get("/openreferral/services?page=zero&per_page=5000&day=someday");
        ApiClient.Response unknown = anyone().get("/openreferral/services/3f7b145d-84af-42d7-8fae-eaca714b02b2");
        ApiClient.Response notAnId = anyone().get("/openreferral/services/not-an-id");

        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badPage.body()).contains("page", "per_page", "day");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(notAnId.status()).isEqualTo(404);
    }

    @Test
    void holdsNoPersonalDataOnlyServicesAndOrganisationalAddresses() {
        String body = anyone().get("/openreferral/services?per_page=200").body()
                + anyone().get("/openreferral/services?per_page=200&page=2").body();

        assertThat(body).doesNotContain("\"contacts\"", "\"phones\"", "Dylan", "Margaret", "999000");
        List<String> emails = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\w.+-]+@[\\w.-]+").matcher(body);
        while (m.find()) {
            emails.add(m.group());
        }
        assertThat(emails).isNotEmpty().allMatch(e -> e.endsWith(".example.org"));
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("contents").forEach(s -> names.add(s.get("name").asString()));
        return names;
    }
}
