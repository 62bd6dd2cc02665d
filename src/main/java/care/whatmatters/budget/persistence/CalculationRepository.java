package care.whatmatters.budget.persistence;

import static care.whatmatters.budget.persistence.Rows.ts;

import care.whatmatters.budget.domain.Calculation;
import care.whatmatters.budget.domain.CalculationStep;
import care.whatmatters.budget.domain.EligibilityBasis;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.PersonId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indicative budget's calculation, kept as it was worked out (replaced only while the budget is a draft). */
@Repository
class CalculationRepository {

    private final JdbcClient jdbc;

    CalculationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Calculation> load(PersonId person, UUID budget, EligibilityBasis basis) {
        return jdbc.sql("select * from budget_calculation where person_id = ? and budget_id = ?")
                .params(person.value(), budget)
                .query((rs, n) -> new Calculation(rs.getString("rule_key"), rs.getString("rule_name"), basis,
                        inputs(person, budget), steps(person, budget), Money.ofPence(rs.getLong("total_pence")),
                        Rows.stamp(rs, "calculated"))).optional();
    }

    void replace(PersonId person, UUID budget, Calculation c) {
        Object[] key = {person.value(), budget};
        jdbc.sql("delete from budget_calculation_input where person_id = ? and budget_id = ?").params(key).update();
        jdbc.sql("delete from budget_calculation_step where person_id = ? and budget_id = ?").params(key).update();
        jdbc.sql("delete from budget_calculation where person_id = ? and budget_id = ?").params(key).update();
        jdbc.sql("""
                insert into budget_calculation (budget_id, person_id, rule_key, rule_name, total_pence, calculated_at,
                  calculated_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(budget, person.value(), c.ruleKey(), c.ruleName(), c.total().pence(),
                        ts(c.calculated().at()), c.calculated().by()).update();
        for (int i = 0; i < c.inputs().size(); i++) {
            Calculation.InputValue in = c.inputs().get(i);
            jdbc.sql("""
                    insert into budget_calculation_input (budget_id, person_id, position, input_key, label, value,
                      written) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(budget, person.value(), i, in.key(), in.label(), in.value(), in.written()).update();
        }
        for (int i = 0; i < c.steps().size(); i++) {
            CalculationStep s = c.steps().get(i);
            jdbc.sql("""
                    insert into budget_calculation_step (budget_id, person_id, position, label, working, change_pence,
                      total_pence) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(budget, person.value(), i, s.label(), s.working(), s.change().pence(), s.total().pence())
                    .update();
        }
    }

    private List<Calculation.InputValue> inputs(PersonId person, UUID budget) {
        return jdbc.sql("""
                select input_key, label, value, written from budget_calculation_input
                where person_id = ? and budget_id = ? order by position""").params(person.value(), budget)
                .query((rs, n) -> new Calculation.InputValue(rs.getString("input_key"), rs.getString("label"),
                        rs.getString("value"), rs.getString("written"))).list();
    }

    private List<CalculationStep> steps(PersonId person, UUID budget) {
        return jdbc.sql("""
                select label, working, change_pence, total_pence from budget_calculation_step
                where person_id = ? and budget_id = ? order by position""").params(person.value(), budget)
                .query((rs, n) -> new CalculationStep(rs.getString("label"), rs.getString("working"),
                        Money.ofPence(rs.getLong("change_pence")), Money.ofPence(rs.getLong("total_pence")))).list();
    }
}
