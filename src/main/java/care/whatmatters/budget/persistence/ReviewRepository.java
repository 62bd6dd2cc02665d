package care.whatmatters.budget.persistence;

import static care.whatmatters.budget.persistence.Rows.ts;

import care.whatmatters.budget.domain.HeldReview;
import care.whatmatters.budget.domain.ReviewOutcome;
import care.whatmatters.budget.domain.ReviewRequest;
import care.whatmatters.budget.domain.ReviewTrigger;
import care.whatmatters.shared.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviews asked for and reviews held. */
@Repository
public class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PersonId person, UUID budget, ReviewRequest r) {
        jdbc.sql("""
                insert into budget_review_request (id, budget_id, person_id, trigger, note, asked_on, recorded_at,
                  recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), budget, person.value(), r.trigger().name(), r.note(), r.askedOn(),
                        ts(r.recorded().at()), r.recorded().by()).update();
    }

    public void insert(PersonId person, UUID budget, HeldReview r) {
        jdbc.sql("""
                insert into budget_review (id, budget_id, person_id, held_on, outcome, notes, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), budget, person.value(), r.heldOn(), r.outcome().name(), r.notes(),
                        ts(r.recorded().at()), r.recorded().by()).update();
    }

    public List<ReviewRequest> requests(PersonId person, UUID budget) {
        return jdbc.sql("select * from budget_review_request where person_id = ? and budget_id = ? order by asked_on")
                .params(person.value(), budget)
                .query((rs, n) -> new ReviewRequest(rs.getObject("id", UUID.class),
                        ReviewTrigger.valueOf(rs.getString("trigger")), rs.getString("note"),
                        rs.getObject("asked_on", LocalDate.class), Rows.stamp(rs, "recorded"))).list();
    }

    public List<HeldReview> held(PersonId person, UUID budget) {
        return jdbc.sql("select * from budget_review where person_id = ? and budget_id = ? order by held_on")
                .params(person.value(), budget)
                .query((rs, n) -> new HeldReview(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
                        ReviewOutcome.valueOf(rs.getString("outcome")), rs.getString("notes"),
                        Rows.stamp(rs, "recorded"))).list();
    }
}
