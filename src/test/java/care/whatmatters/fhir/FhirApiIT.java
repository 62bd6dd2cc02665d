package care.whatmatters.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestNhsNumbers;
import care.whatmatters.support.TestPeople;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The FHIR R4 API end to end: what a connected system writes, reads back, and may not see. */
@IntegrationTest
class FhirApiIT {

    private static final String SYSTEM = "urn:test:fhir-api";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private FhirClient integration() {
        return new FhirClient(port, "integration");
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }

    private long peopleWith(String identifier) {
        return jdbc.sql("select count(*) from person_identifier where system = ? and value = ?")
                .params(SYSTEM, identifier).query(Long.class).single();
    }

    @Test
    void theCapabilityStatementIsOpenAndListsWhatExists() {
        FhirClient.Answer answer = new FhirClient(port, null).get("/metadata");
        assertThat(answer.status()).isEqualTo(200);
        CapabilityStatement cs = answer.as(CapabilityStatement.class);
        assertThat(cs.getFhirVersion().toCode()).isEqualTo("4.0.1");
        List<String> types = cs.getRestFirstRep().getResource().stream().map(r -> r.getType()).toList();
        assertThat(types).contains("Patient", "CarePlan", "Goal", "Observation");
        assertThat(cs.getRestFirstRep().getInteraction()).anyMatch(i -> i.getCode().toCode().equals("transaction"));
        assertThat(cs.getRestFirstRep().getResource().stream().filter(r -> r.getType().equals("Observation"))
                .flatMap(r -> r.getInteraction().stream()).map(i -> i.getCode().toCode()))
                .contains("read", "search-type", "create").doesNotContain("update", "delete");
        assertThat(FhirValidation.errors(cs)).isEmpty();
    }

    @Test
    void aConnectedSystemRegistersSomeoneWithoutAnNhsNumberAndReadsThemBack() {
        String id = unique();
        FhirClient.Answer created = integration().post("/Patient", FhirSamples.patient(SYSTEM, id, "Created"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String location = created.raw().headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/Patient/[0-9a-f-]{36}/_history/1");
        String patientId = location.replaceAll(".*/Patient/([^/]+)/.*", "$1");

        FhirClient.Answer read = integration().get("/Patient/" + patientId);
        assertThat(read.status()).isEqualTo(200);
        Patient patient = read.as(Patient.class);
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(id);
        assertThat(patient.getTelecomFirstRep().getValue()).isEqualTo("+44 7700 900123");
        assertThat(patient.getAddressFirstRep().getCity()).isEqualTo("Leeds");
        assertThat(patient.getAddressFirstRep().getPostalCode()).isEqualTo("LS1 1AA");
        assertThat(patient.getMeta().getVersionId()).isEqualTo("1");
        assertThat(FhirValidation.errors(read.body())).isEmpty();

        Bundle found = integration().get("/Patient?identifier=" + SYSTEM + "%7C" + id).as(Bundle.class);
        assertThat(found.getEntry()).hasSize(1);
        assertThat(FhirValidation.errors(found)).isEmpty();
    }

    @Test
    void anIdentifierOrNhsNumberAlreadyRegisteredIsAConflictThatStoresNothing() {
        String id = unique();
        assertThat(integration().post("/Patient", FhirSamples.patient(SYSTEM, id, "First")).status()).isEqualTo(201);
        long people = jdbc.sql("select count(*) from person").query(Long.class).single();

        FhirClient.Answer again = integration().post("/Patient", FhirSamples.patient(SYSTEM, id, "Second"));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.as(OperationOutcome.class).getIssueFirstRep().getDiagnostics())
                .contains("identifier (system " + SYSTEM + ")");
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(people);
        assertThat(peopleWith(id)).isEqualTo(1);

        String nhs = """
                {"resourceType":"Patient","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"%s"},
                 {"system":"%s","value":"%s"}],"name":[{"family":"Twice","given":["Sam"]}],"gender":"male",
                 "birthDate":"1961-04-12"}""";
        String number = care.whatmatters.support.TestNhsNumbers.fresh();
        FhirClient.Answer first = integration().post("/Patient", nhs.formatted(number, SYSTEM, unique()));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String other = unique();
        FhirClient.Answer sameNumber = integration().post("/Patient", nhs.formatted(number, SYSTEM, other));
        assertThat(sameNumber.status()).as(sameNumber.body()).isEqualTo(409);
        assertThat(sameNumber.as(OperationOutcome.class).getIssueFirstRep().getDiagnostics()).contains("NHS number");
        assertThat(peopleWith(other)).isZero();
    }

    @Test
    void anUpdateTakingSomeoneElsesIdentifierIsAConflictThatChangesNothing() {
        String mine = unique();
        String theirs = unique();
        String location = integration().post("/Patient", FhirSamples.patient(SYSTEM, mine, "Mine"))
                .raw().headers().firstValue("Location").orElseThrow();
        String patientId = location.replaceAll(".*/Patient/([^/]+)/.*", "$1");
        assertThat(integration().post("/Patient", FhirSamples.patient(SYSTEM, theirs, "Theirs")).status()).isEqualTo(201);

        FhirClient.Answer taken = integration().put("/Patient/" + patientId,
                FhirSamples.patient(SYSTEM, theirs, "Mine").replace("{\"resourceType\":\"Patient\",",
                        "{\"resourceType\":\"Patient\",\"id\":\"" + patientId + "\","));
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(peopleWith(mine)).isEqualTo(1);
        assertThat(peopleWith(theirs)).isEqualTo(1);
        Patient after = integration().get("/Patient/" + patientId).as(Patient.class);
        assertThat(after.getIdentifierFirstRep().getValue()).isEqualTo(mine);
        assertThat(after.getMeta().getVersionId()).isEqualTo("1");
    }

    @Test
    void aTransactionStoresThePatientThePlanAndTheGoalsAsADraftAndEverythingReturnsThem() {
        FhirClient.Answer answer = integration().post("", FhirSamples.bundle(SYSTEM, unique(), "Sleep better"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Bundle response = answer.as(Bundle.class);
        assertThat(response.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
        assertThat(response.getEntry()).hasSize(4);
        String patientLocation = response.getEntry().get(0).getResponse().getLocation();
        assertThat(patientLocation).matches("Patient/[0-9a-f-]{36}/_history/1");
        assertThat(response.getEntry().get(1).getResponse().getLocation()).startsWith("CarePlan/");
        assertThat(response.getEntry().get(2).getResponse().getStatus()).isEqualTo("201 Created");
        String patientId = patientLocation.split("/")[1];

        Bundle plans = integration().get("/CarePlan?subject=Patient/" + patientId).as(Bundle.class);
        assertThat(plans.getEntry()).hasSize(1);
        CarePlan plan = (CarePlan) plans.getEntryFirstRep().getResource();
        assertThat(plan.getStatus()).as("agreement needs the person: a plan sent in is a draft")
                .isEqualTo(CarePlan.CarePlanStatus.DRAFT);
        assertThat(plan.getGoal()).hasSize(2);
        assertThat(plan.getActivityFirstRep().getDetail().getDescription()).isEqualTo("Weekly coaching call");

        long auditedBefore = auditEntries("integration", patientId);
        FhirClient.Answer everything = integration().get("/Patient/" + patientId + "/$everything");
        assertThat(everything.status()).as(everything.body()).isEqualTo(200);
        assertThat(everything.raw().headers().firstValue("Content-Length")).as("sent whole, not field by field")
                .hasValue(String.valueOf(everything.raw().body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(auditEntries("integration", patientId) - auditedBefore)
                .as("the whole compartment is one read of the record: decided and audited once").isEqualTo(1);
        assertThat(jdbc.sql("""
                select resource from audit_event where actor_username = 'integration' and person_id = ?::uuid
                order by occurred_at desc limit 1""").param(patientId).query(String.class).single())
                .isEqualTo("everything");
        Bundle all = everything.as(Bundle.class);
        assertThat(all.getEntry()).extracting(e -> e.getResource().fhirType())
                .containsExactlyInAnyOrder("Patient", "CareTeam", "CarePlan", "Goal", "Goal");
        for (Bundle.BundleEntryComponent e : all.getEntry()) {
            assertThat(FhirValidation.errors(e.getResource())).as(e.getResource().fhirType()).isEmpty();
        }
        assertThat(FhirValidation.errors(all)).isEmpty();
    }

    @Test
    void everythingHoldsTheSourceConsentsAndTheDataOptOutAsTheConsentSearchDoes() {
        ApiClient gp = ApiClient.as(port, "gp");
        Map<String, Object> details = TestPeople.details(TestNhsNumbers.fresh(), "Optout", "Testperson");
        details.put("dataOptOut", true);
        ApiClient.Response registered = gp.post("/api/v1/persons", TestPeople.json(details));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String person = registered.json().get("id").asString();
        assertThat(gp.post("/api/v1/persons/" + person + "/monitoring/consents", TestPeople.json(Map.of("source",
                "https://example.org/steps-app", "name", "Steps app"))).status()).isEqualTo(201);

        FhirClient fhir = new FhirClient(port, "gp");
        Bundle everything = fhir.get("/Patient/" + person + "/$everything").as(Bundle.class);
        List<String> inEverything = everything.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r.fhirType().equals("Consent")).map(r -> r.getIdElement().getIdPart()).toList();
        List<String> searched = fhir.get("/Consent?patient=Patient/" + person).as(Bundle.class).getEntry().stream()
                .map(e -> e.getResource().getIdElement().getIdPart()).toList();

        assertThat(inEverything).as("the steps app's consent and the national data opt-out").hasSize(2)
                .contains(person).containsExactlyInAnyOrderElementsOf(searched);
    }

    @Test
    void aTransactionWithOneBadEntryStoresNothing() {
        String id = unique();
        FhirClient.Answer answer = integration().post("", FhirSamples.bundle(SYSTEM, id, " "));
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        OperationOutcome outcome = answer.as(OperationOutcome.class);
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("entry[3]");
        assertThat(peopleWith(id)).isZero();
        assertThat(integration().get("/Patient?identifier=" + SYSTEM + "%7C" + id).as(Bundle.class).getEntry()).isEmpty();
    }

    @Test
    void aPlanCanBeChangedFromTheVersionReadAndAStaleVersionIsRefused() {
        Bundle response = integration().post("", FhirSamples.bundle(SYSTEM, unique(), "Sleep better")).as(Bundle.class);
        String planId = response.getEntry().get(1).getResponse().getLocation().split("/")[1];
        CarePlan plan = integration().get("/CarePlan/" + planId).as(CarePlan.class);
        String version = plan.getMeta().getVersionId();
        plan.getActivityFirstRep().getDetail().setDescription("Fortnightly coaching call");
        plan.addNote().setText("Contingency plan: call the practice");
        String json = FhirValidation.context().newJsonParser().encodeResourceToString(plan);

        FhirClient.Answer updated = integration().put("/CarePlan/" + planId, json);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        CarePlan after = integration().get("/CarePlan/" + planId).as(CarePlan.class);
        assertThat(after.getMeta().getVersionId()).isEqualTo(String.valueOf(Long.parseLong(version) + 1));
        assertThat(after.getActivityFirstRep().getDetail().getDescription()).isEqualTo("Fortnightly coaching call");
        assertThat(after.getNoteFirstRep().getText()).isEqualTo("Contingency plan: call the practice");
        assertThat(after.getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);

        FhirClient.Answer stale = integration().put("/CarePlan/" + planId, json);
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.as(OperationOutcome.class).getIssueFirstRep().getSeverity())
                .isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    }

    @Test
    void aSecondPlanForTheSamePersonIsAConflict() {
        Bundle response = integration().post("", FhirSamples.bundle(SYSTEM, unique(), "Sleep better")).as(Bundle.class);
        String patientId = response.getEntry().get(0).getResponse().getLocation().split("/")[1];
        FhirClient.Answer second = integration().post("/CarePlan", """
                {"resourceType":"CarePlan","status":"draft","intent":"plan","subject":{"reference":"Patient/%s"}}"""
                .formatted(patientId));
        assertThat(second.status()).as(second.body()).isEqualTo(409);
    }

    @Test
    void anUnrelatedClientIsRefusedAndTheRefusalIsAudited() {
        String patientId = integration().post("/Patient", FhirSamples.patient(SYSTEM, unique(), "Private"))
                .raw().headers().firstValue("Location").orElseThrow().replaceAll(".*/Patient/([^/]+)/.*", "$1");
        FhirClient.Answer outsider = new FhirClient(port, "outsider").get("/Patient/" + patientId);
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.as(OperationOutcome.class).getIssueFirstRep().getCode())
                .isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
        assertThat(new FhirClient(port, "outsider").get("/Patient/" + patientId + "/$everything").status())
                .isEqualTo(403);
        assertThat(deniedReads("outsider", patientId)).isGreaterThanOrEqualTo(2);

        UUID dylan = jdbc.sql("select id from person where nhs_number = '9990000018'").query(UUID.class).single();
        assertThat(integration().get("/Patient/" + dylan).status()).isEqualTo(403);
        assertThat(integration().get("/CarePlan?subject=Patient/" + dylan).status()).isEqualTo(403);
        assertThat(deniedReads("integration", dylan.toString())).isGreaterThanOrEqualTo(2);
        assertThat(new FhirClient(port, null).get("/Patient/" + patientId).status()).isEqualTo(401);
    }

    @Test
    void guessingAPlanOrGoalIdOpensNothing() {
        Bundle created = integration().post("", FhirSamples.bundle(SYSTEM, unique(), "Guarded")).as(Bundle.class);
        String plan = created.getEntry().get(1).getResponse().getLocation().replaceAll("/_history/.*", "");
        String goal = created.getEntry().get(2).getResponse().getLocation().replaceAll("/_history/.*", "");
        assertThat(integration().get("/" + plan).status()).as("the writer reads its own plan").isEqualTo(200);
        for (String resource : List.of(plan, goal)) {
            FhirClient.Answer guessed = new FhirClient(port, "outsider").get("/" + resource);
            assertThat(guessed.status()).as(resource).isEqualTo(403);
            assertThat(guessed.body()).as("no content of the record in the refusal").doesNotContain("Guarded");
            FhirClient.Answer searched = new FhirClient(port, "outsider").get("/" + resource.split("/")[0] + "?_id="
                    + resource.split("/")[1]);
            assertThat(searched.status()).as("nor by searching for its id: " + searched.body()).isIn(200, 403);
            if (searched.status() == 200) {
                assertThat(searched.as(Bundle.class).getEntry()).as("a search finds nothing it may not see").isEmpty();
            }
        }
    }

    private long auditEntries(String username, String person) {
        return jdbc.sql("select count(*) from audit_event where actor_username = ? and person_id = ?::uuid")
                .params(username, person).query(Long.class).single();
    }

    private long deniedReads(String username, String person) {
        return jdbc.sql("""
                select count(*) from audit_event where actor_username = ? and person_id = ?::uuid
                  and outcome = 'DENIED'""").params(username, person).query(Long.class).single();
    }

    @Test
    void searchesPageWithNextAndPreviousLinks() {
        for (int i = 0; i < 3; i++) {
            assertThat(integration().post("/Patient", FhirSamples.patient(SYSTEM, unique(), "Paged")).status())
                    .isEqualTo(201);
        }
        Bundle first = integration().get("/Patient?_count=2").as(Bundle.class);
        assertThat(first.getEntry()).hasSize(2);
        assertThat(first.getTotal()).isGreaterThanOrEqualTo(3);
        assertThat(first.getLink("next")).isNotNull();
        FhirClient.Answer nextPage = integration().getUrl(first.getLink("next").getUrl());
        assertThat(nextPage.status()).as(nextPage.body()).isEqualTo(200);
        Bundle second = nextPage.as(Bundle.class);
        assertThat(second.getEntry()).isNotEmpty();
        assertThat(second.getLink("previous")).isNotNull();
        assertThat(second.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .doesNotContainAnyElementsOf(first.getEntry().stream()
                        .map(e -> e.getResource().getIdElement().getIdPart()).toList());
        assertThat(new FhirClient(port, "ot").getUrl(first.getLink("next").getUrl()).status())
                .as("a page link opens nothing for another account").isEqualTo(403);
    }

    @Test
    void malformedJsonIsA400AndAnInvalidPatientA422WithNothingStored() {
        FhirClient.Answer malformed = integration().post("/Patient", "{\"resourceType\":\"Patient\",");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.as(OperationOutcome.class).getIssue()).isNotEmpty();

        String id = unique();
        FhirClient.Answer invalid = integration().post("/Patient", """
                {"resourceType":"Patient","identifier":[{"system":"%s","value":"%s"}],"birthDate":"1961-04-12"}"""
                .formatted(SYSTEM, id));
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(422);
        assertThat(invalid.as(OperationOutcome.class).getIssue()).extracting(i -> i.getExpression().toString())
                .anyMatch(e -> e.contains("familyName"));
        assertThat(peopleWith(id)).isZero();

        assertThat(integration().get("/Patient/not-a-uuid").status()).isEqualTo(404);
        assertThat(integration().get("/Patient/" + UUID.randomUUID()).status()).isIn(403, 404);
    }

    @Test
    void everyResourceTypeWeReturnValidates() {
        Bundle response = integration().post("", FhirSamples.bundle(SYSTEM, unique(), "Sleep better")).as(Bundle.class);
        for (Bundle.BundleEntryComponent e : response.getEntry()) {
            String location = e.getResponse().getLocation();
            String typeAndId = location.contains("/_history/") ? location.substring(0, location.indexOf("/_history/"))
                    : location;
            FhirClient.Answer read = integration().get("/" + typeAndId);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            Resource resource = (Resource) FhirValidation.context().newJsonParser().parseResource(read.body());
            assertThat(FhirValidation.errors(resource)).as(typeAndId).isEmpty();
        }
        assertThat(FhirValidation.errors(response)).isEmpty();
    }
}
