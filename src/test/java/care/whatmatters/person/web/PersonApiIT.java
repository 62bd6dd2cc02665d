package care.whatmatters.person.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestNhsNumbers;
import care.whatmatters.support.TestPeople;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PersonApiIT {

    private static final String PERSONS = "/api/v1/persons";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    private long personRows() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    private static List<String> fieldsNamedIn(ApiClient.Response problem) {
        return problem.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static void assertIsProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at care.whatmatters");
    }

    @Test
    void aPractitionerRegistersAPersonAndIsGivenWhereTheRecordLives() {
        String nhsNumber = TestNhsNumbers.fresh();
        Map<String, Object> details = TestPeople.details(nhsNumber, "Rhiannon", "Pryce");
        details.put("ethnicity", "WHITE_BRITISH");
        details.put("postcode", "ls6 3hn");

        ApiClient.Response created = as("ot").post(PERSONS, TestPeople.json(details));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode person = created.json();
        UUID id = UUID.fromString(person.get("id").asString());
        assertThat(created.header("Location")).endsWith("/api/v1/persons/" + id);
        assertThat(person.get("nhsNumber").asString()).isEqualTo(nhsNumber);
        assertThat(person.get("givenName").asString()).isEqualTo("Rhiannon");
        assertThat(person.get("dateOfBirth").asString()).isEqualTo("1970-01-31");
        assertThat(person.get("postcode").asString()).isEqualTo("LS6 3HN");
        assertThat(person.get("ethnicGroup").asString()).isEqualTo("White");

        ApiClient.Response read = as("ot").get(PERSONS + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("familyName").asString()).isEqualTo("Pryce");
    }

    @Test
    void theRegistrarFindsThePersonByNhsNumberInAnyWrittenForm() {
        String nhsNumber = TestNhsNumbers.fresh();
        UUID id = register(nhsNumber);
        String spaced = nhsNumber.substring(0, 3) + "%20" + nhsNumber.substring(3, 6) + "%20" + nhsNumber.substring(6);

        for (String written : List.of(nhsNumber, spaced)) {
            ApiClient.Response found = as("ot").get(PERSONS + "?nhsNumber=" + written);
            assertThat(found.status()).as(found.toString()).isEqualTo(200);
            assertThat(found.json().size()).isEqualTo(1);
            assertThat(found.json().get(0).get("id").asString()).isEqualTo(id.toString());
        }
    }

    @Test
    void aPractitionerOutsideTheCareTeamFindsNoOneByNhsNumber() {
        String nhsNumber = TestNhsNumbers.fresh();
        register(nhsNumber);

        ApiClient.Response found = as("outsider").get(PERSONS + "?nhsNumber=" + nhsNumber);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().isArray()).isTrue();
        assertThat(found.json().size()).isZero();
    }

    @Test
    void aPersonFindsNoOneElseByNhsNumber() {
        String nhsNumber = TestNhsNumbers.fresh();
        register(nhsNumber);

        ApiClient.Response found = as("dylan").get(PERSONS + "?nhsNumber=" + nhsNumber);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().isArray()).isTrue();
        assertThat(found.json().size()).isZero();
    }

    @Test
    void registeringAnNhsNumberAlreadyRegisteredIsAConflictAndAddsNoOne() {
        String nhsNumber = TestNhsNumbers.fresh();
        register(nhsNumber);
        long before = personRows();

        ApiClient.Response again = as("gp").post(PERSONS,
                TestPeople.json(TestPeople.details(nhsNumber, "Someone", "Else")));

        assertIsProblem(again, 409);
        assertThat(again.json().get("detail").asString()).contains("already registered");
        assertThat(personRows()).isEqualTo(before);
    }

    @Test
    void anInvalidNhsNumberIsRefusedWithTheFieldNamedAndNothingWritten() {
        long before = personRows();

        ApiClient.Response refused = as("ot").post(PERSONS,
                TestPeople.json(TestPeople.details(TestNhsNumbers.withWrongCheckDigit(), "Ann", "Other")));

        assertIsProblem(refused, 422);
        assertThat(fieldsNamedIn(refused)).containsExactly("nhsNumber");
        assertThat(refused.json().get("detail").asString()).contains("nhsNumber");
        assertThat(personRows()).isEqualTo(before);
    }

    @Test
    void missingRequiredFieldsAreAllNamedAtOnceAndNothingIsWritten() {
        long before = personRows();

        ApiClient.Response refused = as("ot").post(PERSONS, "{}");

        assertIsProblem(refused, 422);
        assertThat(fieldsNamedIn(refused))
                .containsExactlyInAnyOrder("nhsNumber", "givenName", "familyName", "dateOfBirth");
        assertThat(personRows()).isEqualTo(before);
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        long before = personRows();
        Map<String, Object> details = TestPeople.details(TestNhsNumbers.fresh(), "Future", "Child");
        details.put("dateOfBirth", LocalDate.now().plusDays(2).toString());

        ApiClient.Response refused = as("ot").post(PERSONS, TestPeople.json(details));

        assertIsProblem(refused, 422);
        assertThat(fieldsNamedIn(refused)).containsExactly("dateOfBirth");
        assertThat(refused.json().get("detail").asString()).contains("future");
        assertThat(personRows()).isEqualTo(before);
    }

    @Test
    void aFiveThousandCharacterGivenNameIsRefused() {
        long before = personRows();
        Map<String, Object> details = TestPeople.details(TestNhsNumbers.fresh(), "x".repeat(5000), "Long");

        ApiClient.Response refused = as("ot").post(PERSONS, TestPeople.json(details));

        assertIsProblem(refused, 422);
        assertThat(fieldsNamedIn(refused)).containsExactly("givenName");
        assertThat(refused.json().get("detail").asString()).contains("at most 200 characters");
        assertThat(personRows()).isEqualTo(before);
    }

    @Test
    void anUnknownEthnicityCodeIsRefused() {
        long before = personRows();
        Map<String, Object> details = TestPeople.details(TestNhsNumbers.fresh(), "Unknown", "Code");
        details.put("ethnicity", "MARTIAN");

        ApiClient.Response refused = as("ot").post(PERSONS, TestPeople.json(details));

        assertIsProblem(refused, 422);
        assertThat(fieldsNamedIn(refused)).containsExactly("ethnicity");
        assertThat(refused.json().get("detail").asString()).contains("WHITE_BRITISH");
        assertThat(personRows()).isEqualTo(before);
    }

    @Test
    void severalProblemsInOneRequestAreAllReported() {
        long before = personRows();
        Map<String, Object> details = TestPeople.details("123", "y".repeat(5000), "Many");
        details.put("dateOfBirth", LocalDate.now().plusYears(1).toString());
        details.put("ethnicity", "NOT_A_CODE");

        ApiClient.Response refused = as("ot").post(PERSONS, TestPeople.json(details));

        assertIsProblem(refused, 422);
        assertThat(fieldsNamedIn(refused))
                .containsExactlyInAnyOrder("nhsNumber", "givenName", "dateOfBirth", "ethnicity");
        assertThat(personRows()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsABadRequestAndNothingIsWritten() {
        long before = personRows();

        ApiClient.Response refused = as("ot").post(PERSONS, "{\"nhsNumber\": \"" + TestNhsNumbers.fresh()
                + "\", \"givenName\": ");

        assertIsProblem(refused, 400);
        assertThat(personRows()).isEqualTo(before);
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedAsTooLarge() {
        long before = personRows();
        Map<String, Object> details = TestPeople.details(TestNhsNumbers.fresh(), "Big", "Body");
        details.put("communicationNeeds", "z".repeat(1_100_000));

        ApiClient.Response refused = as("ot").post(PERSONS, TestPeople.json(details));

        assertIsProblem(refused, 413);
        assertThat(personRows()).isEqualTo(before);
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedAsTooLargeEvenWhenSentWithoutAContentLength() throws Exception {
        Map<String, Object> details = TestPeople.details(TestNhsNumbers.fresh(), "Chunked", "Body");
        details.put("communicationNeeds", "z".repeat(1_100_000));
        byte[] body = TestPeople.json(details).getBytes(StandardCharsets.UTF_8);
        // A body from a stream has no Content-Length: HTTP/1.1 sends it in chunks.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PERSONS))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", basic("ot", "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = send(request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    }

    @Test
    void noCredentialsIsUnauthorisedAsProblemDetails() {
        ApiClient.Response refused = ApiClient.anonymous(port).get(PERSONS + "?nhsNumber=9990000018");

        assertIsProblem(refused, 401);
        assertThat(refused.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aWrongPasswordIsUnauthorisedAndFindsNoOne() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + PERSONS + "?nhsNumber=9990000018"))
                .header("Authorization", basic("ot", "not-the-password")).GET().build();

        HttpResponse<String> response = send(request);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Dylan").doesNotContain("9990000018");
    }

    @Test
    void anUnknownAccountIsUnauthorised() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PERSONS
                        + "?nhsNumber=9990000018"))
                .header("Authorization", basic("nobody-" + UUID.randomUUID(), "demo")).GET().build();

        assertThat(send(request).statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonIdThatIsNotAUuidIsABadRequestNotAServerError() {
        ApiClient.Response refused = as("ot").get(PERSONS + "/not-a-uuid");

        assertIsProblem(refused, 400);
        assertThat(refused.json().get("detail").asString()).contains("id");
    }

    @Test
    void searchingWithAnInvalidNhsNumberNamesTheField() {
        ApiClient.Response refused = as("ot").get(PERSONS + "?nhsNumber=1234567890");

        assertIsProblem(refused, 422);
        assertThat(fieldsNamedIn(refused)).containsExactly("nhsNumber");
    }

    @Test
    void aPractitionerOutsideTheCareTeamCannotReadThePersonButIsToldAboutBreakGlass() {
        UUID id = register(TestNhsNumbers.fresh());

        ApiClient.Response refused = as("outsider").get(PERSONS + "/" + id);

        assertIsProblem(refused, 403);
        assertThat(refused.json().get("breakGlassAvailable").asBoolean()).isTrue();
        assertThat(refused.body()).doesNotContain("Testperson");
    }

    @Test
    void aPersonCannotRegisterSomeone() {
        long before = personRows();

        ApiClient.Response refused = as("dylan").post(PERSONS,
                TestPeople.json(TestPeople.details(TestNhsNumbers.fresh(), "Not", "Allowed")));

        assertIsProblem(refused, 403);
        assertThat(personRows()).isEqualTo(before);
    }

    private UUID register(String nhsNumber) {
        ApiClient.Response created = as("ot").post(PERSONS,
                TestPeople.json(TestPeople.details(nhsNumber, "Found", "Testperson")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
