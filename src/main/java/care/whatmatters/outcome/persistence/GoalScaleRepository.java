package care.whatmatters.outcome.persistence;

import care.whatmatters.outcome.domain.GoalScale;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current Goal Attainment Scale of each goal; a new one supersedes the old, which is kept. */
@Repository
public class GoalScaleRepository {

    private final JdbcClient jdbc;

    GoalScaleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<GoalScale> current(PersonId person) {
        return jdbc.sql("""
                select id, person_id, goal_id, expected, baseline, importance, difficulty, set_at, set_by
                from goal_attainment_scale where person_id = ? and superseded_at is null order by set_at""")
                .param(person.value()).query(GoalScaleRepository::scale).list();
    }

    public void replace(GoalScale scale) {
        jdbc.sql("""
                update goal_attainment_scale set superseded_at = ?
                where person_id = ? and goal_id = ? and superseded_at is null""")
                .params(Timestamp.from(scale.set().at()), scale.person().value(), scale.goal()).update();
        jdbc.sql("""
                insert into goal_attainment_scale (id, person_id, goal_id, expected, baseline, importance, difficulty,
                  set_at, set_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(scale.id(), scale.person().value(), scale.goal(), scale.expected(), scale.baseline(),
                        scale.importance(), scale.difficulty(), Timestamp.from(scale.set().at()), scale.set().by())
                .update();
    }

    private static GoalScale scale(ResultSet rs, int row) throws SQLException {
        return new GoalScale(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getObject("goal_id", UUID.class), rs.getString("expected"), rs.getInt("baseline"),
                (Integer) rs.getObject("importance", Integer.class), rs.getObject("difficulty", Integer.class),
                new Stamp(rs.getString("set_by"), rs.getTimestamp("set_at").toInstant()));
    }
}
