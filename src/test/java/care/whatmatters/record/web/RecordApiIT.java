package care.whatmatters.record.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class RecordApiIT {

    private static final String DYLAN_NHS_NUMBER = "9990000018";
    private static final String REASON = "Unconscious in A&E, need medication history";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    private static String person(UUID id) {
        return "/api/v1/persons/" + id;
    }

    private static ApiClient.Response expect(int status, ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }

    private UUID dylan() {
        JsonNode found = expect(200, as("ot").get("/api/v1/persons?nhsNumber=" + DYLAN_NHS_NUMBER)).json();
        assertThat(found.size()).isEqualTo(1);
        return UUID.fromString(found.get(0).get("id").asString());
    }

    private long auditRows(UUID person) {
        return jdbc.sql("select count(*) from audit_event where person_id = ?").param(person)
                .query(Long.class).single();
    }

    private UUID practitionerOf(String username) {
        return jdbc.sql("select practitioner_id from account where username = ?").param(username)
                .query(UUID.class).single();
    }

    @Test
    void theWholeRecordShowsThePersonAboutMeFirstNoPlanAndTheCareTeam() {
        UUID dylan = dylan();

        JsonNode record = expect(200, as("ot").get(person(dylan) + "/record")).json();

        assertThat(List.copyOf(record.propertyNames())).startsWith("person", "aboutMe");
        assertThat(record.get("person").get("nhsNumber").asString()).isEqualTo(DYLAN_NHS_NUMBER);
        assertThat(record.get("person").get("givenName").asString()).isEqualTo("Dylan");
        assertThat(record.get("aboutMe").get("whatMattersToMe").asString()).startsWith("Getting to lectures");
        assertThat(record.get("aboutMe").get("version").asInt()).isPositive();
        assertThat(record.get("plan").isNull()).isTrue();
        assertThat(record.get("careTeam").valueStream().map(m -> m.get("name").asString()))
                .contains("Sam Okafor", "Dr Priya Shah");
        JsonNode sam = record.get("careTeam").valueStream()
                .filter(m -> m.get("name").asString().equals("Sam Okafor")).findFirst().orElseThrow();
        assertThat(sam.get("profession").asString()).isEqualTo("Occupational therapist");
        assertThat(sam.get("lead").asBoolean()).isTrue();
        assertThat(record.get("accessBasis").asString()).isEqualTo("CARE_TEAM");
        assertThat(record.get("digitalInclusion").isNull()).isFalse();
    }

    @Test
    void thePersonReadsTheirOwnRecord() {
        UUID dylan = dylan();

        JsonNode record = expect(200, as("dylan").get(person(dylan) + "/record")).json();

        assertThat(record.get("accessBasis").asString()).isEqualTo("OWN_RECORD");
        assertThat(record.get("person").get("familyName").asString()).isEqualTo("Roberts");
    }

    @Test
    void aPractitionerOutsideTheCareTeamIsRefusedAndToldAboutBreakGlassAndThePersonSeesTheAttempt() {
        UUID dylan = dylan();
        long before = auditRows(dylan);

        ApiClient.Response refused = expect(403, as("outsider").get(person(dylan) + "/record"));

        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("breakGlassAvailable").asBoolean()).isTrue();
        assertThat(refused.body()).doesNotContain("Dylan").doesNotContain("Roberts").doesNotContain("lectures");
        assertThat(auditRows(dylan)).isEqualTo(before + 1);
        String outcome = jdbc.sql("""
                select outcome from audit_event where person_id = ? and actor_username = 'outsider'
                order by occurred_at desc limit 1""").param(dylan).query(String.class).single();
        assertThat(outcome).isEqualTo("DENIED");

        JsonNode log = expect(200, as("dylan").get(person(dylan) + "/access-log")).json();
        JsonNode attempt = log.valueStream().filter(e -> e.get("who").asString().equals("Alex Morgan"))
                .findFirst().orElseThrow();
        assertThat(attempt.get("allowed").asBoolean()).isFalse();
        assertThat(attempt.get("action").asString()).isEqualTo("READ");
        assertThat(attempt.get("what").asString()).isEqualTo("record");
        assertThat(attempt.get("basis").asString()).isEqualTo("NONE");
        assertThat(attempt.get("breakGlass").asBoolean()).isFalse();
    }

    @Test
    void breakGlassNeedsAReasonThenOpensTheRecordAndEveryUseIsFlaggedWithTheReason() {
        UUID person = TestPeople.register(as("ot"), "Emergency");
        ApiClient outsider = as("outsider");
        expect(403, outsider.get(person(person) + "/record"));

        ApiClient.Response tooShort = expect(422,
                outsider.post(person(person) + "/break-glass", TestPeople.json(Map.of("reason", "urgent"))));
        assertThat(tooShort.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        expect(422, outsider.post(person(person) + "/break-glass", "{}"));
        expect(403, outsider.get(person(person) + "/record"));

        ApiClient.Response granted = expect(201,
                outsider.post(person(person) + "/break-glass", TestPeople.json(Map.of("reason", REASON))));
        assertThat(granted.json().get("until").asString()).isNotBlank();

        JsonNode record = expect(200, outsider.get(person(person) + "/record")).json();
        assertThat(record.get("accessBasis").asString()).isEqualTo("BREAK_GLASS");
        assertThat(record.get("person").get("givenName").asString()).isEqualTo("Emergency");

        List<JsonNode> byOutsider = expect(200, as("ot").get(person(person) + "/access-log")).json().valueStream()
                .filter(e -> e.get("who").asString().equals("Alex Morgan")).toList();
        assertThat(byOutsider).anySatisfy(e -> {
            assertThat(e.get("action").asString()).isEqualTo("READ");
            assertThat(e.get("allowed").asBoolean()).isFalse();
        });
        assertThat(byOutsider).anySatisfy(e -> {
            assertThat(e.get("action").asString()).isEqualTo("BREAK_GLASS");
            assertThat(e.get("allowed").asBoolean()).isTrue();
            assertThat(e.get("reason").asString()).isEqualTo(REASON);
        });
        assertThat(byOutsider).anySatisfy(e -> {
            assertThat(e.get("action").asString()).isEqualTo("READ");
            assertThat(e.get("what").asString()).isEqualTo("record");
            assertThat(e.get("allowed").asBoolean()).isTrue();
            assertThat(e.get("breakGlass").asBoolean()).isTrue();
            assertThat(e.get("reason").asString()).isEqualTo(REASON);
        });
    }

    @Test
    void onlyPractitionersCanBreakGlass() {
        UUID person = TestPeople.register(as("ot"), "No-glass");

        for (String account : List.of("dylan", "analyst", "admin")) {
            ApiClient.Response refused = expect(403, as(account).post(person(person) + "/break-glass",
                    TestPeople.json(Map.of("reason", REASON))));
            assertThat(refused.json().get("breakGlassAvailable").asBoolean()).isFalse();
            expect(403, as(account).get(person(person) + "/record"));
        }
    }

    @Test
    void breakGlassOnSomeoneWhoDoesNotExistIsNotFound() {
        expect(404, as("outsider").post(person(UUID.randomUUID()) + "/break-glass",
                TestPeople.json(Map.of("reason", REASON))));
    }

    @Test
    void analystsAndAdministratorsCannotReadRecords() {
        UUID dylan = dylan();

        for (String account : List.of("analyst", "admin", "approver")) {
            ApiClient.Response refused = expect(403, as(account).get(person(dylan) + "/record"));
            assertThat(refused.json().get("breakGlassAvailable").asBoolean()).isFalse();
            assertThat(refused.body()).doesNotContain("Dylan");
            expect(403, as(account).get(person(dylan)));
            expect(403, as(account).get(person(dylan) + "/about-me"));
            expect(403, as(account).get(person(dylan) + "/access-log"));
        }
    }

    @Test
    void everyRecordReadWritesExactlyOneAllowedAuditRow() {
        UUID person = TestPeople.register(as("ot"), "Audited");
        long before = auditRows(person);

        expect(200, as("ot").get(person(person) + "/record"));

        assertThat(auditRows(person)).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.sql("""
                select actor_username, action, resource, outcome, basis from audit_event
                where person_id = ? order by occurred_at desc limit 1""").param(person).query().singleRow();
        assertThat(row).containsEntry("actor_username", "ot").containsEntry("action", "READ")
                .containsEntry("resource", "record").containsEntry("outcome", "ALLOWED")
                .containsEntry("basis", "CARE_TEAM");
    }

    @Test
    void aDeniedReadWritesOneDeniedAuditRow() {
        UUID person = TestPeople.register(as("ot"), "Denied-audit");
        long before = auditRows(person);

        expect(403, as("linkworker").get(person(person) + "/record"));

        assertThat(auditRows(person)).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.sql("""
                select actor_username, action, outcome, basis from audit_event
                where person_id = ? order by occurred_at desc limit 1""").param(person).query().singleRow();
        assertThat(row).containsEntry("actor_username", "linkworker").containsEntry("action", "READ")
                .containsEntry("outcome", "DENIED").containsEntry("basis", "NONE");
    }

    @Test
    void theAuditLogRefusesUpdateDeleteAndTruncate() {
        UUID person = TestPeople.register(as("ot"), "Append-only");
        expect(200, as("ot").get(person(person) + "/record"));
        long before = auditRows(person);

        assertThatThrownBy(() -> jdbc.sql("update audit_event set outcome = 'DENIED' where person_id = ?")
                .param(person).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where person_id = ?").param(person).update())
                .hasMessageContaining("append-only");
        // Inside a transaction that is always rolled back, so a missing guard could not wipe the log.
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("truncate audit_event").update();
        })).hasMessageContaining("append-only");

        assertThat(auditRows(person)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = ? and outcome = 'DENIED'")
                .param(person).query(Long.class).single()).isZero();
    }

    @Test
    void aCareTeamMemberAddsAPractitionerWhoThenLosesAccessWhenTheMembershipEnds() {
        UUID person = TestPeople.register(as("ot"), "Team-change");
        UUID linkworker = practitionerOf("linkworker");
        expect(403, as("linkworker").get(person(person) + "/record"));

        ApiClient.Response joined = expect(201, as("ot").post(person(person) + "/care-team",
                TestPeople.json(Map.of("practitionerId", linkworker, "teamRole", "Link worker"))));
        assertThat(joined.json().get("name").asString()).isEqualTo("Jordan Ellis");
        assertThat(joined.json().get("teamRole").asString()).isEqualTo("Link worker");
        assertThat(joined.json().get("lead").asBoolean()).isFalse();
        UUID membership = UUID.fromString(joined.json().get("membershipId").asString());

        expect(200, as("linkworker").get(person(person) + "/record"));
        JsonNode team = expect(200, as("ot").get(person(person) + "/care-team")).json();
        assertThat(team.valueStream().map(m -> m.get("name").asString()))
                .containsExactlyInAnyOrder("Sam Okafor", "Jordan Ellis");
        expect(409, as("ot").post(person(person) + "/care-team",
                TestPeople.json(Map.of("practitionerId", linkworker, "teamRole", "Link worker"))));

        expect(422, as("ot").post(person(person) + "/care-team/" + membership + "/end", "{}"));
        expect(204, as("ot").post(person(person) + "/care-team/" + membership + "/end",
                TestPeople.json(Map.of("reason", "Referral completed"))));

        expect(403, as("linkworker").get(person(person) + "/record"));
        expect(403, as("linkworker").get(person(person) + "/care-team"));
        assertThat(expect(200, as("ot").get(person(person) + "/care-team")).json().valueStream()
                .map(m -> m.get("name").asString())).containsExactly("Sam Okafor");
        String reason = jdbc.sql("select end_reason from care_team_member where id = ?").param(membership)
                .query(String.class).single();
        assertThat(reason).isEqualTo("Referral completed");
        expect(404, as("ot").post(person(person) + "/care-team/" + membership + "/end",
                TestPeople.json(Map.of("reason", "Ending it twice"))));
    }

    @Test
    void aMembershipCannotBeEndedThroughSomeoneElsesRecord() {
        UUID gpsPatient = TestPeople.register(as("gp"), "Gp-patient");
        UUID membership = UUID.fromString(expect(200, as("gp").get(person(gpsPatient) + "/care-team")).json()
                .get(0).get("membershipId").asString());
        UUID otsPatient = TestPeople.register(as("ot"), "Ot-patient");

        expect(404, as("ot").post(person(otsPatient) + "/care-team/" + membership + "/end",
                TestPeople.json(Map.of("reason", "Ended through the wrong record"))));

        expect(200, as("gp").get(person(gpsPatient) + "/record"));
    }

    @Test
    void onlyACareTeamMemberCanChangeTheCareTeam() {
        UUID person = TestPeople.register(as("ot"), "Team-guarded");
        long members = jdbc.sql("select count(*) from care_team_member where person_id = ?").param(person)
                .query(Long.class).single();

        expect(403, as("outsider").post(person(person) + "/care-team",
                TestPeople.json(Map.of("practitionerId", practitionerOf("outsider"), "teamRole", "Nurse"))));
        expect(403, as("outsider").get(person(person) + "/care-team"));

        assertThat(jdbc.sql("select count(*) from care_team_member where person_id = ?").param(person)
                .query(Long.class).single()).isEqualTo(members);
    }

    @Test
    void addingAnUnknownPractitionerIsNotFoundAndAddsNoOne() {
        UUID person = TestPeople.register(as("ot"), "Unknown-practitioner");

        expect(404, as("ot").post(person(person) + "/care-team",
                TestPeople.json(Map.of("practitionerId", UUID.randomUUID(), "teamRole", "Nobody"))));
        expect(422, as("ot").post(person(person) + "/care-team", TestPeople.json(Map.of("teamRole", "Nobody"))));

        assertThat(expect(200, as("ot").get(person(person) + "/care-team")).json().size()).isEqualTo(1);
    }
}
