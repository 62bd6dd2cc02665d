package care.whatmatters.budget.web;

import static care.whatmatters.budget.web.BudgetScenario.expect;
import static care.whatmatters.budget.web.BudgetScenario.json;
import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.access.Accounts;
import care.whatmatters.access.Role;
import care.whatmatters.shared.PersonId;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class BudgetApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Test
    void theTeamSetsUpAPooledWheelchairBudgetWithItsIndicativeCalculationShownStepByStep() {
        BudgetScenario s = BudgetScenario.draft(port, "Pooled");
        JsonNode budget = s.budgetView();

        assertThat(budget.get("status").asString()).isEqualTo("DRAFT");
        assertThat(budget.get("basis").get("right").asString()).isEqualTo("a legal right to have a personal health budget");
        JsonNode indicative = budget.get("indicative");
        assertThat(indicative.get("total").get("pence").asLong()).isEqualTo(370000);
        assertThat(indicative.get("steps").get(1).get("working").asString()).isEqualTo("5 years × £150.00 = £750.00");
        JsonNode totals = budget.get("totals");
        assertThat(totals.get("planned").get("formatted").asString()).isEqualTo("£5,550.00");
        assertThat(totals.get("statutoryPlanned").get("formatted").asString()).isEqualTo("£3,700.00");
        assertThat(totals.get("topUp").get("formatted").asString()).isEqualTo("£1,850.00");
        assertThat(budget.get("lines").get(0).get("planAction").asString()).isEqualTo("Set up a personal wheelchair budget");
        assertThat(budget.get("lines").get(0).get("funding")).hasSize(3);
    }

    @Test
    void anApprovalSetsTheFinalBudgetFundsItFromEachFunderAndPaymentsAreReconciledWithThePlan() {
        BudgetScenario s = BudgetScenario.submitted(port, "Approved");
        JsonNode queued = expect(200, s.as("approver").get("/api/v1/budget-approvals")).json();
        assertThat(queued.toString()).contains(s.request.toString(), "Personal wheelchair budget", "£5,550.00");

        JsonNode decision = s.decide("APPROVED", "A02", "The top-up pays for the higher specification you chose.",
                List.of());
        assertThat(decision.get("decision").get("reasonLabel").asString()).contains("top-up");

        ApiClient.Response paid = s.pay(s.chair, "4,800.00", UUID.randomUUID().toString());
        expect(201, paid);
        assertThat(paid.json().get("entries")).hasSize(6);
        JsonNode statement = expect(200, s.as("ot").get(s.path("/statement"))).json();
        assertThat(statement.get("lines").get(0).get("paid").get("pence").asLong()).isEqualTo(480000);
        assertThat(statement.get("lines").get(1).get("left").get("pence").asLong()).isEqualTo(75000);
        assertThat(statement.get("funders").get(1).get("paid").get("formatted").asString()).isEqualTo("£1,200.00");
        assertThat(statement.get("unplanned")).isEmpty();
        JsonNode ledger = expect(200, s.as("ot").get(s.path("/ledger"))).json();
        assertThat(ledger.get("trialBalance").asLong()).isZero();
        assertThat(ledger.get("transactions").toString()).contains("CONTRIBUTION", "COMMITMENT", "PAYMENT");
        JsonNode budget = s.budgetView();
        assertThat(budget.get("status").asString()).isEqualTo("APPROVED");
        assertThat(budget.get("nextReview").get("dueOn").asString()).isEqualTo(LocalDate.now().plusMonths(3).toString());
        assertThat(budget.get("nextReview").get("why").asString()).isEqualTo("within 3 months of the first payment");
    }

    @Test
    void refusesAPaymentThatWouldOverspendTheLineAndRecordsNothing() {
        BudgetScenario s = BudgetScenario.approved(port, "Overspend");
        expect(201, s.pay(s.maintenance, "700.00", UUID.randomUUID().toString()));

        ApiClient.Response refused = s.pay(s.maintenance, "100.00", UUID.randomUUID().toString());

        expect(409, refused);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("£100.00 is more than the £50.00 left on the line "
                + "'Maintenance and repairs for 5 years'", "ask a budget approver for an exception");
        assertThat(paymentsOn(s)).isEqualTo(1);
    }

    @Test
    void aPaymentNeedsAnIdempotencyKeyAndARepeatAnswersTheSamePaymentWithoutPayingAgain() {
        BudgetScenario s = BudgetScenario.approved(port, "Idempotent");
        ApiClient.Response noKey = s.as("ot").post(s.path("/payments"), json(Map.of("lineId", s.chair, "amount", "10.00",
                "payee", "Mobility Plus Leeds")));
        expect(428, noKey);
        assertThat(noKey.json().get("detail").asString()).contains("Idempotency-Key");

        String key = UUID.randomUUID().toString();
        ApiClient.Response first = expect(201, s.pay(s.chair, "100.00", key));
        ApiClient.Response again = expect(201, s.pay(s.chair, "100.00", key));

        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotency-Replayed")).isEqualTo("false");
        ApiClient.Response reused = expect(422, s.pay(s.chair, "999.00", key));
        assertThat(reused.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(paymentsOn(s)).isEqualTo(1);
    }

    @Test
    void approvingWithChangesReducesALineAndAReconsiderationOnThePersonsRequestRestoresIt() {
        BudgetScenario s = BudgetScenario.submitted(port, "Reduced");
        s.decide("APPROVED_WITH_CHANGES", "C01", "Maintenance is covered for two years by the warranty.",
                List.of(Map.of("lineId", s.maintenance.toString(), "approved", "450.00")));
        String username = "budget-person-" + UUID.randomUUID();
        accounts.create(username, "demo", "Test Person", Role.PERSON, null, new PersonId(s.person));

        ApiClient.Response asked = expect(201, s.as(username).post(s.path("/reconsideration"), json(Map.of("reasons",
                "The warranty does not cover the batteries, which wear out first."))));
        assertThat(asked.json().get("kind").asString()).isEqualTo("RECONSIDERATION");
        assertThat(asked.json().get("dueOn").asString()).isEqualTo(LocalDate.now().plusDays(28).toString());
        expect(409, s.as(username).post(s.path("/reconsideration"), json(Map.of("reasons", "Again"))));
        s.request = UUID.fromString(asked.json().get("id").asString());
        s.decide("APPROVED", "A03", "Agreed: batteries are not covered by the warranty.", List.of());

        JsonNode budget = s.budgetView();
        assertThat(budget.get("lines").get(1).get("approved").get("pence").asLong()).isEqualTo(75000);
        assertThat(budget.get("lines").get(1).get("committed").get("pence").asLong()).isEqualTo(75000);
        assertThat(budget.get("totals").get("contributed").get("formatted").asString()).isEqualTo("£5,550.00");
        assertThat(budget.get("approvals").get(1).get("decision").get("explanation").asString())
                .startsWith("Agreed: batteries");
    }

    @Test
    void aRefusalCarriesItsCodedReasonAndTheBudgetCanBeRevisedAndSentAgain() {
        BudgetScenario s = BudgetScenario.submitted(port, "Refused");
        s.decide("REFUSED", "R04", "Please add the quote from the provider.", List.of());
        JsonNode refused = s.budgetView();
        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("approvals").get(0).get("decision").get("reasonCode").asString()).isEqualTo("R04");
        expect(403, s.as("approver").get(s.path("")));

        ApiClient.Response revised = expect(200, s.as("ot").post(s.path("/revise"), "", s.etag));
        assertThat(revised.json().get("status").asString()).isEqualTo("DRAFT");
        expect(201, s.as("ot").post(s.path("/submit"), json(Map.of("note", "Quote attached")), revised.etag()));
    }

    @Test
    void anApprovedExceptionLetsALineSpendMoreAndTheStatementFlagsTheOverspend() {
        BudgetScenario s = BudgetScenario.approved(port, "Exception");
        expect(201, s.pay(s.maintenance, "750.00", UUID.randomUUID().toString()));
        ApiClient.Response asked = expect(201, s.as("ot").post(s.path("/exception-requests"), json(Map.of(
                "lineId", s.maintenance, "amount", "80.00", "reason", "A new battery was needed after a fall."))));
        s.request = UUID.fromString(asked.json().get("id").asString());
        assertThat(asked.json().get("dueOn").asString()).isEqualTo(LocalDate.now().plusDays(5).toString());

        s.decide("APPROVED_WITH_CHANGES", "E02", "Allowed up to £60, the price of a standard battery.",
                List.of(Map.of("lineId", s.maintenance.toString(), "approved", "60.00")));

        expect(409, s.pay(s.maintenance, "80.00", UUID.randomUUID().toString()));
        expect(201, s.pay(s.maintenance, "60.00", UUID.randomUUID().toString()));
        JsonNode statement = expect(200, s.as("ot").get(s.path("/statement"))).json();
        assertThat(statement.get("unplanned").get(0).get("why").asString()).startsWith("Paid more than the approved");
        assertThat(statement.get("unplanned").get(0).get("amount").get("formatted").asString()).isEqualTo("£60.00");
        assertThat(statement.get("totals").get("exceptions").get("formatted").asString()).isEqualTo("£60.00");
    }

    @Test
    void aSuspendedBudgetPaysNothingUntilResumedAndConsentWithdrawnStopsItForGood() {
        BudgetScenario s = BudgetScenario.approved(port, "Suspended");
        s.budgetView();
        ApiClient.Response pause = expect(200, s.as("ot").post(s.path("/suspend"), json(Map.of("reasonCode",
                "IN_HOSPITAL", "explanation", "In hospital for two weeks")), s.etag));
        expect(409, s.pay(s.chair, "10.00", UUID.randomUUID().toString()));
        ApiClient.Response resumed = expect(200, s.as("ot").post(s.path("/resume"), json(Map.of("reasonCode",
                "ISSUE_RESOLVED", "explanation", "Home again")), pause.etag()));
        expect(201, s.pay(s.chair, "10.00", UUID.randomUUID().toString()));
        ApiClient.Response pauseRefused = expect(422, s.as("ot").post(s.path("/suspend"), json(Map.of("reasonCode",
                "CONSENT_WITHDRAWN", "explanation", "Withdrew consent")), resumed.etag()));
        assertThat(pauseRefused.json().get("detail").asString()).contains("must stop, not pause");
        ApiClient.Response stopped = expect(200, s.as("ot").post(s.path("/stop"), json(Map.of("reasonCode",
                "CONSENT_WITHDRAWN", "explanation", "Withdrew consent by phone")), resumed.etag()));

        assertThat(stopped.json().get("status").asString()).isEqualTo("STOPPED");
        assertThat(stopped.json().get("statusChanges")).hasSize(3);
        assertThat(stopped.json().get("nextReview").isNull()).isTrue();
        expect(409, s.pay(s.chair, "10.00", UUID.randomUUID().toString()));
    }

    @Test
    void stoppingABudgetAwaitingApprovalTakesItOutOfTheQueueAndEndsTheApproversAccess() {
        BudgetScenario s = BudgetScenario.submitted(port, "StoppedWaiting");
        expect(200, s.as("approver").get(s.path("")));
        s.budgetView();

        expect(200, s.as("ot").post(s.path("/stop"), json(Map.of("reasonCode", "PERSON_ASKED", "explanation",
                "Dylan decided to buy the chair himself")), s.etag));

        assertThat(expect(200, s.as("approver").get("/api/v1/budget-approvals")).body())
                .doesNotContain(s.request.toString());
        expect(403, s.as("approver").get(s.path("")));
    }

    @Test
    void aReviewAskedForBringsTheReviewForwardAndAnOverdueOneIsListedForTheTeam() {
        BudgetScenario s = BudgetScenario.approved(port, "Review");
        expect(201, s.pay(s.chair, "100.00", UUID.randomUUID().toString()));
        LocalDate asked = LocalDate.now().minusDays(40);
        JsonNode budget = expect(200, s.as("ot").post(s.path("/review-requests"), json(Map.of("trigger",
                "HEALTH_CHANGED", "note", "Had a fall", "askedOn", asked.toString())))).json();

        assertThat(budget.get("nextReview").get("dueOn").asString()).isEqualTo(asked.plusDays(28).toString());
        assertThat(budget.get("nextReview").get("overdue").asBoolean()).isTrue();
        JsonNode due = expect(200, s.as("ot").get("/api/v1/budget-reviews")).json();
        assertThat(due.toString()).contains(s.budget.toString());
        JsonNode mine = find(due, s.budget);
        assertThat(mine.get("overdue").asBoolean()).isTrue();

        JsonNode reviewed = expect(200, s.as("ot").post(s.path("/reviews"), json(Map.of("heldOn",
                LocalDate.now().toString(), "outcome", "CONTINUE", "notes", "Going well after the fall")))).json();
        assertThat(reviewed.get("nextReview").get("dueOn").asString()).isEqualTo(LocalDate.now().plusMonths(12).toString());
        assertThat(reviewed.get("nextReview").get("overdue").asBoolean()).isFalse();
    }

    @Test
    void badInputIsReportedFieldByFieldAndChangesNothing() {
        BudgetScenario s = BudgetScenario.draft(port, "BadInput");
        ApiClient.Response wrongFunding = expect(422, s.as("ot").post(s.path("/lines"), json(Map.of("planActionId",
                s.action, "description", "Cushion", "provider", "Shop", "unitCost", "12.5", "quantity", "1", "mode",
                "NOTIONAL", "funding", List.of(BudgetScenario.share(s.nhs, "10.00")))), s.etag));
        assertThat(wrongFunding.json().get("errors").get(0).get("field").asString()).isEqualTo("unitCost");
        assertThat(wrongFunding.json().get("errors").get(0).get("message").asString()).contains("two digits of pence");
        expect(428, s.as("ot").post(s.path("/funders"), json(Map.of("kind", "CHARITY", "name", "x")), null));
        expect(409, s.as("ot").post(s.path("/funders"), json(Map.of("kind", "CHARITY", "name", "x")), "\"0\""));
        ApiClient.Response child = expect(422, s.as("ot").put(s.path("/terms"), json(Map.of("title", "CCC", "basis", "CCC",
                "eligibilityNote", "x", "startsOn", LocalDate.now().toString())), s.etag));
        assertThat(child.json().get("detail").asString()).contains("aged 17 or under");
        expect(404, s.as("ot").get(s.budgets() + "/" + UUID.randomUUID()));
        expect(400, s.as("ot").post(s.path("/funders"), "{not json", s.etag));
        assertThat(s.budgetView().get("lines")).hasSize(2);
        assertThat(s.budgetView().get("version").asLong()).isEqualTo(Long.parseLong(s.etag.replace("\"", "")));
    }

    @Test
    void onlyThePersonTheirCareTeamAndApproversWithARequestInTheirQueueCanSeeABudget() {
        BudgetScenario s = BudgetScenario.draft(port, "Access");
        expect(403, s.as("outsider").get(s.path("")));
        expect(403, s.as("analyst").get(s.path("")));
        ApiClient.Response approverBefore = expect(403, s.as("approver").get(s.path("")));
        assertThat(approverBefore.json().get("detail").asString()).contains("only while one of their requests");
        expect(403, s.as("ot").get("/api/v1/budget-approvals"));

        s.request = BudgetScenario.id(expect(201, s.as("ot").post(s.path("/submit"), "{}", s.etag)));
        expect(200, s.as("approver").get(s.path("")));
        expect(200, s.as("approver").get(s.path("/statement")));
        expect(403, s.as("approver").get("/api/v1/persons/" + s.person + "/record"));
        expect(403, s.as("approver").get("/api/v1/persons/" + s.person + "/plan"));
        expect(403, s.as("approver").post(s.path("/review-requests"), json(Map.of("trigger", "PERSON_ASKED"))));
        expect(403, s.as("ot").post("/api/v1/budget-approvals/" + s.request + "/decision", json(Map.of("outcome",
                "APPROVED", "reasonCode", "A01", "explanation", "ok"))));

        s.decide("APPROVED", "A01", "Meets the assessed need.", List.of());
        expect(403, s.as("approver").get(s.path("")));
        List<Map<String, Object>> log = jdbc.sql("""
                select actor_username, basis, outcome, resource from audit_event
                where person_id = ? and actor_username = 'approver' order by occurred_at""").param(s.person)
                .query().listOfRows();
        assertThat(log).extracting(r -> r.get("basis") + " " + r.get("outcome")).contains(
                "BUDGET_APPROVAL ALLOWED", "NONE DENIED");
        assertThat(log).anySatisfy(r -> assertThat(r.get("resource")).isEqualTo("budget approval decision"));
    }

    @Test
    void theStatementDownloadsAsCsvAndTheDownloadIsAuditedAsAnExport() {
        BudgetScenario s = BudgetScenario.approved(port, "Csv");
        expect(201, s.as("ot").postWithHeaders(s.path("/payments"), json(Map.of("lineId", s.chair, "amount", "100.00",
                "payee", "=HYPERLINK(\"x\")")), Map.of("Idempotency-Key", UUID.randomUUID().toString())));

        ApiClient.Response csv = expect(200, s.as("ot").get(s.path("/statement.csv")));

        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        assertThat(csv.body()).startsWith("Section,Date,Item,Plan action or funder,Planned (GBP)")
                .contains("Plan line,,Higher-spec powered wheelchair,Set up a personal wheelchair budget,4800.00,4800.00,"
                        + "100.00,4700.00", "Funder,,Whizz-Kidz,Charity,1200.00", "\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = ? and action = 'EXPORT'")
                .param(s.person).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theRulesListTheConfiguredAllocationRulesReasonCodesAndTimeLimits() {
        JsonNode rules = expect(200, ApiClient.as(port, "analyst").get("/api/v1/budget-rules")).json();
        assertThat(rules.get("allocationRules").toString()).contains("pwb", "chc-home", "Maintenance and repairs");
        assertThat(rules.get("decisionReasons").toString()).contains("R07", "On reconsideration, the earlier decision stands");
        assertThat(rules.get("approvalTimeLimits").get(0).get("days").asInt()).isEqualTo(14);
        assertThat(rules.get("reviewPeriods").get("firstWithin").asString()).isEqualTo("P3M");
    }

    private long paymentsOn(BudgetScenario s) {
        return jdbc.sql("select count(*) from ledger_transaction where budget_id = ? and kind = 'PAYMENT'")
                .param(s.budget).query(Long.class).single();
    }

    private static JsonNode find(JsonNode rows, UUID budget) {
        for (JsonNode row : rows) {
            if (row.get("budgetId").asString().equals(budget.toString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + budget);
    }
}
