package care.whatmatters.security;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application serves, for every role and relationship, against a declared expectation
 * (src/test/resources/authorization-matrix.txt): A = allowed (the request got past access control, whatever
 * it then answered), D = refused (403), L = must sign in first (401, or a redirect to the sign-in page). No
 * cell may ever answer 5xx. A route without a declared row fails the build, so a new endpoint cannot ship
 * without someone deciding who may use it. Each row carries a valid sample request, so a refusal is proved
 * by access control rather than masked by input validation. Runs in a database of its own, since allowed
 * cells change data; rows run in file order (break-glass rows last, as they open access).
 */
@IntegrationTest
@TestPropertySource(properties = "whatmatters.test.story=authorization-matrix")
class AuthorizationMatrixIT {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    JdbcClient jdbc;

    record Row(String method, String path, String body, Map<Who, Character> expected) {
    }

    /** A real request waiting in the budget approvers' queue (Ruth's, from the demo), for the queue's routes. */
    private UUID pendingApproval;

    @Test
    void everyRouteAnswersEveryRoleAndRelationshipAsDeclared() throws IOException {
        Map<String, Row> declared = declarations();
        List<String> served = new ArrayList<>(Routes.of(mapping));
        served.addAll(FhirRoutes.of(port));
        List<String> undeclared = served.stream().filter(r -> !declared.containsKey(r)).toList();
        assertThat(undeclared).as("routes with no row in authorization-matrix.txt: declare who may use them")
                .isEmpty();
        List<String> stale = declared.keySet().stream().filter(r -> !served.contains(r)).toList();
        assertThat(stale).as("rows in authorization-matrix.txt for routes that no longer exist").isEmpty();

        Map<String, UUID> subjects = Map.of("dylan", personWith("9990000018"), "margaret", margaret());
        pendingApproval = jdbc.sql("select id from budget_approval_request where outcome is null order by due_on limit 1")
                .query(UUID.class).single();
        openBreakGlassForTheBreakGlassColumn(subjects.get("dylan"));
        Map<Who, MatrixClient> clients = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            clients.put(who, new MatrixClient(port, who));
        }
        List<String> wrong = new ArrayList<>();
        for (Row row : declared.values()) {
            for (Who who : Who.values()) {
                String path = fill(row.path(), subjects.get(who.subject));
                String body = fill(row.body(), subjects.get(who.subject));
                if (row.method().equals("GET") && !body.isEmpty()) {
                    path = path + "?" + body;
                    body = "";
                }
                HttpResponse<String> answer = clients.get(who).call(row.method(), path, body);
                char got = classify(row.path(), answer);
                if (got != row.expected().get(who)) {
                    wrong.add(row.method() + " " + row.path() + " as " + who + ": expected " + row.expected().get(who)
                            + ", got " + got + " (" + answer.statusCode() + ")");
                }
            }
        }
        assertThat(wrong).as("cells that did not answer as declared").isEmpty();
    }

    private static char classify(String route, HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            return '!';
        }
        if (status == 401) {
            return 'L';
        }
        if (status == 302 && answer.headers().firstValue("Location").orElse("").contains("/login")) {
            return route.equals("/login") ? 'A' : 'L';
        }
        return status == 403 ? 'D' : 'A';
    }

    /**
     * Fills a route or sample body: {id} is the column's subject, {number} an agreed version, {review} a
     * valid review date, any other {name} a random id (so an allowed request gets past access control and
     * then finds nothing, changing nothing).
     */
    private String fill(String text, UUID subject) {
        return text.replace("{id}", subject.toString()).replace("{number}", "1").replace("{measure}", "ons4")
                .replace("{requestId}", pendingApproval.toString()).replace("{change}", "suspend")
                .replace("{review}", java.time.LocalDate.now().plusMonths(3).toString())
                .replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
    }

    private void openBreakGlassForTheBreakGlassColumn(UUID dylan) {
        ApiClient.Response opened = ApiClient.as(port, Who.BREAK_GLASS.username).post(
                "/api/v1/persons/" + dylan + "/break-glass", "{\"reason\":\"Matrix test: emergency access\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    }

    private UUID personWith(String nhsNumber) {
        return jdbc.sql("select id from person where nhs_number = ?").param(nhsNumber).query(UUID.class).single();
    }

    private UUID margaret() {
        return jdbc.sql("select id from person where given_name = 'Margaret' and family_name = 'Thompson'")
                .query(UUID.class).single();
    }

    /** Reads the declarations: "METHOD /path ; body ; one letter per column, in the order of {@link Who}". */
    private static Map<String, Row> declarations() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(";", -1);
                String[] route = parts[0].trim().split("\\s+");
                String[] cells = parts[2].trim().split("\\s+");
                if (cells.length != Who.values().length) {
                    throw new IllegalStateException("wrong number of columns: " + line);
                }
                Map<Who, Character> expected = new EnumMap<>(Who.class);
                for (Who who : Who.values()) {
                    expected.put(who, cells[who.ordinal()].charAt(0));
                }
                rows.put(route[0] + " " + route[1], new Row(route[0], route[1], parts[1].trim(), expected));
            }
        }
        return rows;
    }
}
