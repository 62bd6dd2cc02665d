package care.whatmatters.query;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;

/**
 * One read of the database as a value: its statements (each a {@code select} with {@code ?} placeholders), their
 * parameters in order, and how to make the answer from their result sets, one per statement. Nothing is read until
 * {@link Queries} sends it, alone or with others in the same round trip; so a module can hand one out through its
 * public API without handing out its tables.
 *
 * @param <T> the answer
 */
public final class Query<T> {

    /** How a query's answer is made from its statements' result sets, taken in order. */
    @FunctionalInterface
    public interface Answer<T> {
        T from(ResultSets results) throws SQLException;
    }

    private final List<String> statements;
    private final List<Object> parameters;
    private final Answer<T> answer;

    private Query(List<String> statements, List<Object> parameters, Answer<T> answer) {
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("a query needs at least one statement");
        }
        statements.forEach(s -> {
            if (s.contains(";")) {
                throw new IllegalArgumentException("one statement per entry: they are joined when sent");
            }
        });
        this.statements = List.copyOf(statements);
        // Not List.copyOf: a parameter may be SQL null.
        this.parameters = java.util.Collections.unmodifiableList(new ArrayList<>(parameters));
        this.answer = Objects.requireNonNull(answer, "answer");
    }

    /** Several statements whose result sets together make one answer (a plan and its items). */
    public static <T> Query<T> of(List<String> statements, List<?> parameters, Answer<T> answer) {
        return new Query<>(statements, new ArrayList<>(parameters), answer);
    }

    /** Every row of one statement. */
    public static <R> Query<List<R>> list(String sql, RowMapper<R> rows, Object... parameters) {
        return new Query<>(List.of(sql), java.util.Arrays.asList(parameters), results -> results.next(rows));
    }

    /** The first row of one statement, if there is one. */
    public static <R> Query<Optional<R>> first(String sql, RowMapper<R> rows, Object... parameters) {
        return list(sql, rows, parameters).map(found -> found.stream().findFirst());
    }

    /** The same read, its answer changed by {@code change} (which runs after the database has answered). */
    public <U> Query<U> map(Function<? super T, ? extends U> change) {
        return new Query<>(statements, parameters, results -> change.apply(answer.from(results)));
    }

    List<String> statements() {
        return statements;
    }

    List<Object> parameters() {
        return parameters;
    }

    T answer(ResultSets results) throws SQLException {
        return answer.from(results);
    }
}
