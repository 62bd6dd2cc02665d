package care.whatmatters.budget.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.reporting.BudgetFacts;
import care.whatmatters.reporting.persistence.ExtractSources;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A budget approved and stopped through the real use cases reaches reporting: counted as new and in place
 * (a wheelchair budget under its own measures), in place again in later periods while in force, and left
 * out of the extracts once the person registers the national data opt-out.
 */
@IntegrationTest
class BudgetReportingIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BudgetFacts budgetFacts;
    @Autowired
    ExtractSources sources;

    private List<String> facts(UUID person, String periodKind) {
        return jdbc.sql("""
                select measure || ':' || detail from report_fact where person_id = ? and period_kind = ?
                order by 1""").params(person, periodKind).query(String.class).list();
    }

    @Test
    void anApprovedWheelchairBudgetCountsAsNewAndInPlaceByModeAndAsPersonalisedCare() {
        BudgetScenario s = BudgetScenario.approved(port, "Wilf");

        assertThat(facts(s.person, "MONTH")).contains("PWB:", "PWB:MIXED", "PWB_NEW:", "PWB_NEW:MIXED",
                "PERSONALISED_CARE:").doesNotContain("PHB:", "PHB_NEW:");
        LocalDate nextMonth = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        budgetFacts.countOngoing(nextMonth);
        assertThat(jdbc.sql("""
                select measure from report_fact where person_id = ? and period_kind = 'MONTH' and period_start = ?
                  and detail = '' order by 1""").params(s.person, nextMonth).query(String.class).list())
                .as("ongoing in the next month, but not new again").containsExactly("PERSONALISED_CARE", "PWB");
    }

    @Test
    void aStoppedBudgetIsNoLongerInForceAndAnOptedOutPersonLeavesTheExtracts() {
        BudgetScenario s = BudgetScenario.approved(port, "Stella");
        LocalDate today = LocalDate.now();
        assertThat(sources.extractableBudgets(today, today)).extracting(b -> b.person()).contains(s.person);

        s.budgetView();
        BudgetScenario.expect(200, s.as("ot").post(s.path("/stop"), TestPeople.json(Map.of("reasonCode",
                "PERSON_ASKED", "explanation", "Moved away")), s.etag));
        assertThat(sources.budgetsInForce(today.plusDays(1))).extracting(b -> b.person()).doesNotContain(s.person);

        var details = s.as("ot").get("/api/v1/persons/" + s.person).json();
        Map<String, Object> changed = TestPeople.details(details.get("nhsNumber").asString(), "Stella", "Testperson");
        changed.put("dataOptOut", true);
        BudgetScenario.expect(200, s.as("ot").put("/api/v1/persons/" + s.person, TestPeople.json(changed),
                null));
        assertThat(sources.extractableBudgets(today.minusDays(1), today)).extracting(b -> b.person())
                .doesNotContain(s.person);
        assertThat(sources.budgetsInForce(today)).as("still counted in the aggregate counts")
                .extracting(b -> b.person()).contains(s.person);
    }
}
