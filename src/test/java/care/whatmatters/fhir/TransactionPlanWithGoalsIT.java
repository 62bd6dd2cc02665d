package care.whatmatters.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A transaction Bundle that POSTs a CarePlan with the Goals it names: the plan is written once, whole, so the
 * version the answer gives is the plan's version, its actions may name those goals, and one change is audited.
 */
@IntegrationTest
class TransactionPlanWithGoalsIT {

    private static final String SYSTEM = "urn:test:fhir-plan-goals";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private FhirClient integration() {
        return new FhirClient(port, "integration");
    }

    @Test
    void thePlanAndItsGoalsAreOneVersionAndTheAnswerGivesThatVersion() {
        Bundle response = posted(FhirSamples.bundle(SYSTEM, UUID.randomUUID().toString(), "Sleep better"));
        String patientId = response.getEntry().get(0).getResponse().getLocation().split("/")[1];
        Bundle.BundleEntryResponseComponent plan = response.getEntry().get(1).getResponse();
        String planId = plan.getLocation().split("/")[1];

        CarePlan read = integration().get("/CarePlan/" + planId).as(CarePlan.class);
        assertThat(read.getMeta().getVersionId()).as("one write, one version").isEqualTo("1");
        assertThat(plan.getEtag()).as("the answer's version is the plan's, not a stale one").isEqualTo("W/\"1\"");
        assertThat(plan.getLocation()).isEqualTo("CarePlan/" + planId + "/_history/1");

        List<String> goalIds = response.getEntry().subList(2, 4).stream().map(e -> {
            assertThat(e.getResponse().getStatus()).isEqualTo("201 Created");
            return e.getResponse().getLocation().split("/")[1];
        }).toList();
        assertThat(read.getGoal()).extracting(r -> r.getReferenceElement().getIdPart())
                .containsExactlyElementsOf(goalIds);
        assertThat(integration().get("/Goal/" + goalIds.get(1)).as(Goal.class).getDescription().getText())
                .isEqualTo("Sleep better");

        assertThat(jdbc.sql("""
                select action from audit_event where actor_username = 'integration' and person_id = ?::uuid
                  and resource = 'plan' and action <> 'READ' order by occurred_at""").param(patientId).query(String.class).list())
                .as("the plan and its goals are one audited change").containsExactly("CREATE");
    }

    @Test
    void anActionMayNameAGoalThatCameInTheSameBundle() {
        String bundle = FhirSamples.bundle(SYSTEM, UUID.randomUUID().toString(), "Sleep better");
        String firstGoal = bundle.replaceAll("(?s).*\"goal\":\\[\\{\"reference\":\"(urn:uuid:[0-9a-f-]+)\".*", "$1");
        String linked = bundle.replace("\"description\":\"Weekly coaching call\"",
                "\"description\":\"Weekly coaching call\",\"goal\":[{\"reference\":\"" + firstGoal + "\"}]");
        assertThat(linked).isNotEqualTo(bundle);

        Bundle response = posted(linked);
        String planId = response.getEntry().get(1).getResponse().getLocation().split("/")[1];
        String goalId = response.getEntry().get(2).getResponse().getLocation().split("/")[1];
        CarePlan read = integration().get("/CarePlan/" + planId).as(CarePlan.class);
        assertThat(read.getActivityFirstRep().getDetail().getGoalFirstRep().getReference())
                .isEqualTo("Goal/" + goalId);
    }

    @Test
    void aGoalForSomeoneElseThanItsPlanIsRefusedAndNothingIsStored() {
        String identifier = UUID.randomUUID().toString();
        String bundle = FhirSamples.bundle(SYSTEM, identifier, "Sleep better");
        String patient = bundle.replaceAll("(?s).*?\"fullUrl\":\"(urn:uuid:[0-9a-f-]+)\".*", "$1");
        String someoneElse = bundle.replaceFirst(
                "(\"resourceType\":\"Goal\",\"lifecycleStatus\":\"active\",\\s*\"description\":\\{\"text\":\"Walk 30 "
                        + "minutes a day\"},\"subject\":\\{\"reference\":\")" + patient,
                "$1Patient/" + UUID.randomUUID());
        assertThat(someoneElse).isNotEqualTo(bundle);

        FhirClient.Answer answer = integration().post("", someoneElse);
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        OperationOutcome outcome = answer.as(OperationOutcome.class);
        assertThat(outcome.getIssueFirstRep().getDiagnostics())
                .isEqualTo("entry[2].subject must be the Patient of the CarePlan that names this Goal (entry[1])");
        assertThat(peopleWith(identifier)).isZero();
    }

    @Test
    void aGoalTheCarePlanModuleRefusesIsNamedByItsOwnEntry() {
        String identifier = UUID.randomUUID().toString();
        FhirClient.Answer answer = integration().post("", FhirSamples.bundle(SYSTEM, identifier, "x".repeat(501)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.as(OperationOutcome.class).getIssueFirstRep().getExpression())
                .extracting(org.hl7.fhir.r4.model.StringType::getValue).containsExactly("entry[3].text");
        assertThat(peopleWith(identifier)).isZero();
    }

    @Test
    void aGoalThePlanDoesNotNameStillJoinsThePlanInUse() {
        String bundle = FhirSamples.bundle(SYSTEM, UUID.randomUUID().toString(), "Sleep better");
        String unnamed = bundle.replaceFirst(",\\{\"reference\":\"urn:uuid:[0-9a-f-]+\"}]", "]");
        assertThat(unnamed).isNotEqualTo(bundle);

        Bundle response = posted(unnamed);
        String planId = response.getEntry().get(1).getResponse().getLocation().split("/")[1];
        CarePlan read = integration().get("/CarePlan/" + planId).as(CarePlan.class);
        assertThat(read.getGoal()).as("the named goal with the plan, the other added to it after").hasSize(2);
        assertThat(read.getMeta().getVersionId()).isEqualTo("2");
    }

    private Bundle posted(String bundle) {
        FhirClient.Answer answer = integration().post("", bundle);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.as(Bundle.class);
    }

    private long peopleWith(String identifier) {
        return jdbc.sql("select count(*) from person_identifier where system = ? and value = ?")
                .params(SYSTEM, identifier).query(Long.class).single();
    }
}
