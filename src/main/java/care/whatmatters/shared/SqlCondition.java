package care.whatmatters.shared;

import java.util.List;
import java.util.Objects;

/**
 * A yes-or-no question one module asks of its own tables, given as SQL text (a boolean expression with
 * {@code ?} placeholders) and its parameters, so that another module's statement can ask it in the same round
 * trip without knowing those tables. The audit log uses one to write an access decision's entry only when the
 * relationship behind it holds, deciding and auditing in one statement.
 *
 * @param sql        a boolean SQL expression, e.g. {@code exists (select 1 from ... where ... = ?)}
 * @param parameters its placeholders' values, in order
 */
public record SqlCondition(String sql, List<Object> parameters) {

    public SqlCondition {
        Objects.requireNonNull(sql, "sql");
        parameters = List.copyOf(parameters);
    }
}
