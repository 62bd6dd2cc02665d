package care.whatmatters.budget.persistence;

import static care.whatmatters.budget.persistence.Rows.ts;

import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.BudgetStatus;
import care.whatmatters.budget.domain.BudgetTerms;
import care.whatmatters.budget.domain.Eligibility;
import care.whatmatters.budget.domain.EligibilityBasis;
import care.whatmatters.budget.domain.StatusChange;
import care.whatmatters.budget.domain.StatusReason;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves budgets. Saving checks the version the change started from in the same UPDATE that
 * bumps it; money movements take the budget's row lock ({@link #lock}) so that they are decided one at a
 * time per budget.
 */
@Repository
public class BudgetRepository {

    private final JdbcClient jdbc;
    private final CostingRepository costing;
    private final CalculationRepository calculations;

    BudgetRepository(JdbcClient jdbc, CostingRepository costing, CalculationRepository calculations) {
        this.jdbc = jdbc;
        this.costing = costing;
        this.calculations = calculations;
    }

    public Optional<Budget> find(PersonId person, UUID id) {
        return jdbc.sql("select * from budget where person_id = ? and id = ?").params(person.value(), id)
                .query(this::budget).optional();
    }

    /** Waits for and holds the budget's row lock until the transaction ends, then loads it. */
    public Optional<Budget> lock(PersonId person, UUID id) {
        return jdbc.sql("select id from budget where person_id = ? and id = ? for update").params(person.value(), id)
                .query(UUID.class).optional().flatMap(found -> find(person, found));
    }

    public List<Budget> of(PersonId person) {
        return jdbc.sql("select * from budget where person_id = ? order by created_at").param(person.value())
                .query(this::budget).list();
    }

    public void insert(Budget b) {
        BudgetTerms t = b.terms();
        jdbc.sql("""
                insert into budget (id, person_id, version, title, basis, eligibility_note, coordinator, starts_on,
                  status, approved_on, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(b.id(), b.person().value(), b.version(), t.title(), b.basis().name(),
                        t.eligibility().evidence(), t.coordinator(), t.startsOn(), b.status().name(), b.approvedOn(),
                        ts(b.created().at()), b.created().by(), ts(b.updated().at()), b.updated().by())
                .update();
        saveParts(b);
    }

    /** Saves a changed budget loaded at {@code expectedVersion}; answers it at its new version. */
    public Budget save(Budget b, long expectedVersion) {
        BudgetTerms t = b.terms();
        int updated = jdbc.sql("""
                update budget set version = version + 1, title = ?, basis = ?, eligibility_note = ?, coordinator = ?,
                  starts_on = ?, status = ?, approved_on = ?, updated_at = ?, updated_by = ?
                where id = ? and person_id = ? and version = ?""")
                .params(t.title(), b.basis().name(), t.eligibility().evidence(), t.coordinator(), t.startsOn(),
                        b.status().name(), b.approvedOn(), ts(b.updated().at()), b.updated().by(), b.id(),
                        b.person().value(), expectedVersion)
                .update();
        if (updated == 0) {
            long now = jdbc.sql("select version from budget where id = ?").param(b.id()).query(Long.class).single();
            throw new StaleVersionException("This budget", expectedVersion, now);
        }
        saveParts(b);
        return b.savedAs(expectedVersion + 1);
    }

    /** The next review date is derived from the budget's history; it is kept on the row for queues and reports. */
    public void setNextReviewDue(PersonId person, UUID id, LocalDate due) {
        jdbc.sql("update budget set next_review_due = ? where person_id = ? and id = ?")
                .params(due, person.value(), id).update();
    }

    /** Budgets of these people with a review date, soonest first. */
    public List<ReviewDueRow> reviewsDue(List<PersonId> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, person_id, title, status, next_review_due from budget
                where person_id = any(?) and next_review_due is not null order by next_review_due""")
                .param(people.stream().map(PersonId::value).toArray(UUID[]::new))
                .query((rs, n) -> new ReviewDueRow(rs.getObject("id", UUID.class),
                        new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("title"),
                        BudgetStatus.valueOf(rs.getString("status")), rs.getObject("next_review_due", LocalDate.class)))
                .list();
    }

    /** A budget with a review date, for lists of reviews due. */
    public record ReviewDueRow(UUID budget, PersonId person, String title, BudgetStatus status, LocalDate due) {
    }

    private void saveParts(Budget b) {
        costing.save(b.person(), b.id(), b.costing());
        if (b.status() == BudgetStatus.DRAFT && b.indicative().isPresent()) {
            calculations.replace(b.person(), b.id(), b.indicative().get());
        }
        for (StatusChange c : b.statusChanges()) {
            jdbc.sql("""
                    insert into budget_status_change (id, budget_id, person_id, from_status, to_status, reason_code,
                      explanation, changed_at, changed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do nothing""")
                    .params(c.id(), b.id(), b.person().value(), c.from().name(), c.to().name(), c.reason().name(),
                            c.explanation(), ts(c.changed().at()), c.changed().by()).update();
        }
    }

    private Budget budget(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        PersonId person = new PersonId(rs.getObject("person_id", UUID.class));
        EligibilityBasis basis = EligibilityBasis.valueOf(rs.getString("basis"));
        BudgetTerms terms = new BudgetTerms(rs.getString("title"), new Eligibility(basis,
                rs.getString("eligibility_note")), rs.getString("coordinator"), rs.getObject("starts_on", LocalDate.class));
        return new Budget(id, person, rs.getLong("version"), terms, BudgetStatus.valueOf(rs.getString("status")),
                rs.getObject("approved_on", LocalDate.class), calculations.load(person, id, basis).orElse(null),
                costing.load(person, id), statusChanges(person, id), Rows.stamp(rs, "created"),
                Rows.stamp(rs, "updated"));
    }

    private List<StatusChange> statusChanges(PersonId person, UUID budget) {
        return jdbc.sql("""
                select * from budget_status_change where person_id = ? and budget_id = ? order by changed_at""")
                .params(person.value(), budget)
                .query((rs, n) -> new StatusChange(rs.getObject("id", UUID.class),
                        BudgetStatus.valueOf(rs.getString("from_status")), BudgetStatus.valueOf(rs.getString("to_status")),
                        StatusReason.valueOf(rs.getString("reason_code")), rs.getString("explanation"),
                        Rows.stamp(rs, "changed"))).list();
    }
}
