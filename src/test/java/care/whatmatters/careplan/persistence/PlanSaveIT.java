package care.whatmatters.careplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.careplan.domain.ActionDetails;
import care.whatmatters.careplan.domain.ActionProgress;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.StaleVersionException;
import care.whatmatters.shared.Stamp;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A plan's row and all its items are saved in one statement. What is saved must read back exactly (every kind of
 * item, voided ones too), and a save from a stale version must write no item at all, even outside a transaction
 * (each call here runs in auto-commit).
 */
@IntegrationTest
class PlanSaveIT {

    /** Stamps are stored to the microsecond, as PostgreSQL keeps them. */
    private static final Comparator<Instant> TO_THE_MICROSECOND = Comparator.comparing(
            (Instant at) -> at.plusNanos(500).truncatedTo(ChronoUnit.MICROS));

    @LocalServerPort
    int port;
    @Autowired
    CarePlanRepository plans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyItemReadsBackAsSavedAndAStaleSaveWritesNothing() {
        ApiClient gp = ApiClient.as(port, "gp");
        PersonId person = new PersonId(TestPeople.register(gp, "Savedwhole"));
        assertThat(gp.post("/api/v1/persons/" + person.value() + "/plan",
                TestPeople.json(Map.of("reviewDate", LocalDate.now().plusMonths(6).toString()))).status())
                .isEqualTo(201);
        CarePlan plan = plans.current(person).orElseThrow();
        long version = plan.version();

        Stamp stamp = new Stamp("Dr Priya Shah, GP", Instant.now());
        var matters = plan.addWhatMatters("Seeing my grandchildren", stamp);
        var kept = plan.addGoal(matters, "Visit them each month", stamp);
        var dropped = plan.addGoal(matters, "Learn to drive", stamp);
        var action = plan.addAction(new ActionDetails(kept, "Book the train", "Pat", LocalDate.now().plusWeeks(2),
                SupportComponent.SELF_MANAGEMENT), stamp);
        plan.recordProgress(action, ActionProgress.IN_PROGRESS, stamp);
        plan.voidGoal(dropped, "Not now", stamp);

        assertThatThrownBy(() -> plans.save(plan, version + 5)).isInstanceOf(StaleVersionException.class);
        assertThat(jdbc.sql("select count(*) from plan_goal where plan_id = ?").param(plan.id()).query(Long.class)
                .single()).as("a stale save writes no item").isZero();
        assertThat(jdbc.sql("select count(*) from plan_what_matters where plan_id = ?").param(plan.id())
                .query(Long.class).single()).isZero();

        CarePlan saved = plans.save(plan, version);
        CarePlan read = plans.find(person, plan.id()).orElseThrow();
        assertThat(read.version()).isEqualTo(version + 1).isEqualTo(saved.version());
        assertThat(read).usingRecursiveComparison().withComparatorForType(TO_THE_MICROSECOND, Instant.class)
                .isEqualTo(saved);
        assertThat(read.allGoals()).hasSize(2).filteredOn(g -> !g.live()).singleElement()
                .satisfies(g -> assertThat(g.voided().reason()).isEqualTo("Not now"));
        assertThat(read.allActions()).singleElement().satisfies(a -> {
            assertThat(a.goalId()).isEqualTo(kept);
            assertThat(a.progress()).isEqualTo(ActionProgress.IN_PROGRESS);
            assertThat(a.dueDate()).isEqualTo(LocalDate.now().plusWeeks(2));
        });
    }
}
