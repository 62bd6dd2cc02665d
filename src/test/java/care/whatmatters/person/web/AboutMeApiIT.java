package care.whatmatters.person.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AboutMeApiIT {

    private static final List<String> ELEMENTS = List.of("whatMattersToMe", "peopleImportantToMe", "howICommunicate",
            "myWellness", "pleaseDoAndDont", "howAndWhenToSupportMe", "alsoWorthKnowing", "supportedToWriteBy");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    private static String aboutMe(UUID person) {
        return "/api/v1/persons/" + person + "/about-me";
    }

    private long versionRows(UUID person) {
        return jdbc.sql("select count(*) from about_me_version where person_id = ?").param(person)
                .query(Long.class).single();
    }

    private static String written(String whatMatters) {
        return TestPeople.json(Map.of("whatMattersToMe", whatMatters));
    }

    @Test
    void aRecordWithNoAboutMeYetAnswersVersionZeroWithEtagZero() {
        UUID person = TestPeople.register(as("ot"), "Nobody-wrote");

        ApiClient.Response read = as("ot").get(aboutMe(person));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo("\"0\"");
        assertThat(read.json().get("version").asInt()).isZero();
        assertThat(read.json().get("whatMattersToMe").isNull()).isTrue();
    }

    @Test
    void savingFromVersionZeroCreatesVersionOneWrittenByThePractitioner() {
        UUID person = TestPeople.register(as("ot"), "First-version");

        ApiClient.Response saved = as("ot").put(aboutMe(person), written("My garden and my grandson."), "\"0\"");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.etag()).isEqualTo("\"1\"");
        JsonNode view = saved.json();
        assertThat(view.get("version").asInt()).isEqualTo(1);
        assertThat(view.get("whatMattersToMe").asString()).isEqualTo("My garden and my grandson.");
        assertThat(view.get("writtenBy").asString()).isEqualTo("Sam Okafor");
        assertThat(view.get("writtenByPerson").asBoolean()).isFalse();

        ApiClient.Response read = as("ot").get(aboutMe(person));
        assertThat(read.etag()).isEqualTo("\"1\"");
        assertThat(read.json().get("whatMattersToMe").asString()).isEqualTo("My garden and my grandson.");
    }

    @Test
    void aSaveFromAStaleVersionIsAConflictNamingTheCurrentVersionAndWritesNothing() {
        UUID person = TestPeople.register(as("ot"), "Stale-save");
        assertThat(as("ot").put(aboutMe(person), written("First words."), "\"0\"").status()).isEqualTo(200);
        long before = versionRows(person);

        // A second editor who opened it before the first save still holds version 0.
        ApiClient.Response stale = as("ot").put(aboutMe(person), written("Words that would overwrite."), "\"0\"");

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(stale.json().get("detail").asString()).contains("Nothing was saved");
        assertThat(versionRows(person)).isEqualTo(before);
        assertThat(as("ot").get(aboutMe(person)).json().get("whatMattersToMe").asString()).isEqualTo("First words.");
    }

    @Test
    void aSaveWithoutIfMatchIsRefusedAsPreconditionRequiredAndWritesNothing() {
        UUID person = TestPeople.register(as("ot"), "No-if-match");

        ApiClient.Response refused = as("ot").put(aboutMe(person), written("Anything."), null);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(428);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("If-Match");
        assertThat(versionRows(person)).isZero();
    }

    @Test
    void anIfMatchThatIsNotAVersionNamesTheHeader() {
        UUID person = TestPeople.register(as("ot"), "Bad-if-match");

        ApiClient.Response refused = as("ot").put(aboutMe(person), written("Anything."), "\"yesterday\"");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("If-Match");
        assertThat(versionRows(person)).isZero();
    }

    @Test
    void anIfMatchVersionTooLargeForAnyRecordIsAClientErrorNotAServerError() {
        UUID person = TestPeople.register(as("ot"), "Huge-if-match");

        ApiClient.Response refused = as("ot").put(aboutMe(person), written("Anything."), "\"99999999999\"");

        assertThat(refused.status()).as(refused.toString()).isBetween(400, 499);
        assertThat(versionRows(person)).isZero();
    }

    @Test
    void historyListsEveryVersionNewestFirstWithWhoWroteIt() {
        UUID person = TestPeople.register(as("ot"), "History");
        assertThat(as("ot").put(aboutMe(person), written("One."), "\"0\"").status()).isEqualTo(200);
        assertThat(as("ot").put(aboutMe(person), written("Two."), "\"1\"").status()).isEqualTo(200);
        // The GP joins the team, then writes the third version.
        addToCareTeam(person, "gp");
        assertThat(as("gp").put(aboutMe(person), written("Three."), "\"2\"").status()).isEqualTo(200);

        ApiClient.Response history = as("ot").get(aboutMe(person) + "/history");

        assertThat(history.status()).isEqualTo(200);
        List<JsonNode> versions = history.json().valueStream().toList();
        assertThat(versions).extracting(v -> v.get("version").asInt()).containsExactly(3, 2, 1);
        assertThat(versions).extracting(v -> v.get("whatMattersToMe").asString())
                .containsExactly("Three.", "Two.", "One.");
        assertThat(versions).extracting(v -> v.get("writtenBy").asString())
                .containsExactly("Dr Priya Shah", "Sam Okafor", "Sam Okafor");
        assertThat(versions).extracting(v -> v.get("writtenByRole").asString())
                .containsExactly("GP", "Occupational therapist", "Occupational therapist");
        assertThat(versions).allSatisfy(v -> assertThat(v.get("writtenAt").asString()).isNotBlank());
    }

    @Test
    void hostileTextIsStoredExactlyAsWrittenAndReturnedUnchanged() {
        UUID person = TestPeople.register(as("ot"), "Hostile-text");
        String hostile = "<script>alert(1)</script> & \"quotes\" 'single' \\ back\nslash ' OR 1=1; -- "
                + "drop table person; \u00e9\u4e2d\ud83d\ude00  trailing spaces  ";
        Map<String, Object> elements = new LinkedHashMap<>();
        ELEMENTS.forEach(e -> elements.put(e, e + ": " + hostile));

        ApiClient.Response saved = as("ot").put(aboutMe(person), TestPeople.json(elements), "\"0\"");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode read = as("ot").get(aboutMe(person)).json();
        for (String element : ELEMENTS) {
            assertThat(saved.json().get(element).asString()).isEqualTo(element + ": " + hostile);
            assertThat(read.get(element).asString()).isEqualTo(element + ": " + hostile);
        }
        String stored = jdbc.sql("select what_matters_to_me from about_me_version where person_id = ?")
                .param(person).query(String.class).single();
        assertThat(stored).isEqualTo("whatMattersToMe: " + hostile);
    }

    @Test
    void anElementOverFourThousandCharactersIsRefusedWithItsFieldNamed() {
        UUID person = TestPeople.register(as("ot"), "Too-long");

        ApiClient.Response refused = as("ot").put(aboutMe(person),
                TestPeople.json(Map.of("myWellness", "w".repeat(4001))), "\"0\"");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("myWellness");
        assertThat(versionRows(person)).isZero();
    }

    @Test
    void someoneActingForThePersonWritesAboutMeAndItIsMarkedAsWrittenByThePerson() {
        UUID margaret = margaret();
        ApiClient carer = as("carer");
        ApiClient.Response current = carer.get(aboutMe(margaret));
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        int version = current.json().get("version").asInt();
        assertThat(version).isPositive();
        // Keep Margaret's words as they are: write the same elements back as a new version.
        Map<String, Object> elements = new LinkedHashMap<>();
        ELEMENTS.forEach(e -> elements.put(e, current.json().get(e).isNull() ? null : current.json().get(e).asString()));

        ApiClient.Response saved = carer.put(aboutMe(margaret), TestPeople.json(elements), current.etag());

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.etag()).isEqualTo("\"" + (version + 1) + "\"");
        assertThat(saved.json().get("writtenByPerson").asBoolean()).isTrue();
        assertThat(saved.json().get("writtenBy").asString()).isEqualTo("Susan Thompson");
        assertThat(saved.json().get("whatMattersToMe").asString())
                .isEqualTo(current.json().get("whatMattersToMe").asString());
        JsonNode newest = as("gp").get(aboutMe(margaret) + "/history").json().get(0);
        assertThat(newest.get("version").asInt()).isEqualTo(version + 1);
        assertThat(newest.get("writtenByPerson").asBoolean()).isTrue();
    }

    @Test
    void aPractitionerOutsideTheCareTeamCanNeitherReadNorWriteAboutMe() {
        UUID person = TestPeople.register(as("ot"), "Private-about-me");

        assertThat(as("outsider").get(aboutMe(person)).status()).isEqualTo(403);
        assertThat(as("outsider").get(aboutMe(person) + "/history").status()).isEqualTo(403);
        assertThat(as("outsider").put(aboutMe(person), written("Not mine to write."), "\"0\"").status())
                .isEqualTo(403);
        assertThat(as("dylan").put(aboutMe(person), written("Not mine either."), "\"0\"").status())
                .isEqualTo(403);
        assertThat(versionRows(person)).isZero();
    }

    private UUID margaret() {
        return jdbc.sql("""
                select f.person_id from account_acts_for f join account a on a.id = f.account_id
                where a.username = 'carer' and f.revoked_at is null""").query(UUID.class).single();
    }

    private void addToCareTeam(UUID person, String username) {
        UUID practitioner = jdbc.sql("select practitioner_id from account where username = ?").param(username)
                .query(UUID.class).single();
        ApiClient.Response joined = as("ot").post("/api/v1/persons/" + person + "/care-team",
                TestPeople.json(Map.of("practitionerId", practitioner, "teamRole", "GP")));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    }
}
