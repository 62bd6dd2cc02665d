package care.whatmatters.budget.persistence;

import static care.whatmatters.budget.persistence.Rows.pence;
import static care.whatmatters.budget.persistence.Rows.ts;

import care.whatmatters.budget.domain.CostLine;
import care.whatmatters.budget.domain.Costing;
import care.whatmatters.budget.domain.Funder;
import care.whatmatters.budget.domain.FunderKind;
import care.whatmatters.budget.domain.LineDetails;
import care.whatmatters.budget.domain.LineFunding;
import care.whatmatters.budget.domain.ManagementMode;
import care.whatmatters.budget.domain.Quantity;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The costed plan's funders, lines and line funding. */
@Repository
class CostingRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CostingRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Costing load(PersonId person, UUID budget) {
        List<Funder> funders = jdbc.sql("""
                select id, kind, name, created_at, created_by from budget_funder
                where person_id = ? and budget_id = ? order by position""")
                .params(person.value(), budget)
                .query((rs, n) -> new Funder(rs.getObject("id", UUID.class), FunderKind.valueOf(rs.getString("kind")),
                        rs.getString("name"), Rows.stamp(rs, "created"))).list();
        List<CostLine> lines = jdbc.sql("select * from budget_line where person_id = ? and budget_id = ? order by position")
                .params(person.value(), budget).query((rs, n) -> line(rs, person)).list();
        return new Costing(funders, lines);
    }

    void save(PersonId person, UUID budget, Costing costing) {
        List<Funder> funders = costing.funders();
        batch.batchUpdate("""
                insert into budget_funder (id, budget_id, person_id, position, kind, name, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""", funders, 50, (ps, f) -> {
                    ps.setObject(1, f.id());
                    ps.setObject(2, budget);
                    ps.setObject(3, person.value());
                    ps.setInt(4, funders.indexOf(f));
                    ps.setString(5, f.kind().name());
                    ps.setString(6, f.name());
                    ps.setTimestamp(7, ts(f.added().at()));
                    ps.setString(8, f.added().by());
                });
        for (CostLine line : costing.allLines()) {
            saveLine(person, budget, line);
        }
    }

    private void saveLine(PersonId person, UUID budget, CostLine l) {
        LineDetails d = l.details();
        jdbc.sql("""
                insert into budget_line (id, budget_id, person_id, position, plan_action_id, description, provider,
                  directory_service_id, unit_cost_pence, quantity_hundredths, cost_pence, mode, approved_pence,
                  created_at, created_by, updated_at, updated_by, voided_at, voided_by, void_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set plan_action_id = excluded.plan_action_id,
                  description = excluded.description, provider = excluded.provider,
                  directory_service_id = excluded.directory_service_id, unit_cost_pence = excluded.unit_cost_pence,
                  quantity_hundredths = excluded.quantity_hundredths, cost_pence = excluded.cost_pence,
                  mode = excluded.mode, approved_pence = excluded.approved_pence, updated_at = excluded.updated_at,
                  updated_by = excluded.updated_by, voided_at = excluded.voided_at, voided_by = excluded.voided_by,
                  void_reason = excluded.void_reason""")
                .params(l.id(), budget, person.value(), l.position(), d.planActionId(), d.description(), d.provider(),
                        d.directoryServiceId(), d.unitCost().pence(), d.quantity().hundredths(), l.cost().pence(),
                        d.mode().name(), pence(l.approved()), ts(l.created().at()), l.created().by(),
                        ts(l.updated().at()), l.updated().by(), l.voided() == null ? null : ts(l.voided().at()),
                        l.voided() == null ? null : l.voided().by(), l.voided() == null ? null : l.voided().reason())
                .update();
        // The costed funding of a line changes only while the budget is a draft, so it is simply replaced.
        jdbc.sql("delete from budget_line_funding where person_id = ? and line_id = ?")
                .params(person.value(), l.id()).update();
        List<LineFunding> funding = d.funding();
        batch.batchUpdate("""
                insert into budget_line_funding (line_id, funder_id, budget_id, person_id, position, amount_pence)
                values (?, ?, ?, ?, ?, ?)""", funding, 50, (ps, f) -> {
                    ps.setObject(1, l.id());
                    ps.setObject(2, f.funderId());
                    ps.setObject(3, budget);
                    ps.setObject(4, person.value());
                    ps.setInt(5, funding.indexOf(f));
                    ps.setLong(6, f.amount().pence());
                });
    }

    private CostLine line(ResultSet rs, PersonId person) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<LineFunding> funding = jdbc.sql("""
                select funder_id, amount_pence from budget_line_funding where person_id = ? and line_id = ?
                order by position""").params(person.value(), id)
                .query((f, n) -> new LineFunding(f.getObject("funder_id", UUID.class),
                        Money.ofPence(f.getLong("amount_pence")))).list();
        LineDetails details = new LineDetails(rs.getObject("plan_action_id", UUID.class), rs.getString("description"),
                rs.getString("provider"), rs.getObject("directory_service_id", UUID.class),
                Money.ofPence(rs.getLong("unit_cost_pence")), new Quantity(rs.getLong("quantity_hundredths")),
                ManagementMode.valueOf(rs.getString("mode")), funding);
        return new CostLine(id, rs.getInt("position"), details, Rows.money(rs, "approved_pence"),
                Rows.stamp(rs, "created"), Rows.stamp(rs, "updated"), Rows.voided(rs));
    }
}
