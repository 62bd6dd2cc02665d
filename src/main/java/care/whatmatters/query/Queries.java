package care.whatmatters.query;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends queries to PostgreSQL, several at once as one multi-statement execution: one round trip, whose
 * statements PostgreSQL runs in one implicit transaction when no transaction is open (or in the caller's
 * transaction when one is). A round trip on this kind of machine costs more than running a simple indexed
 * {@code select} (docs/performance.md, "What one round trip costs"), which is why reads that need nothing from
 * each other's answers go together.
 */
@Component
public class Queries {

    private final JdbcTemplate jdbc;

    Queries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One query's answer. */
    public <T> T one(Query<T> query) {
        return together(List.of(query)).of(query);
    }

    /** Every query's answer, all sent in one round trip, in the order given. */
    public Answers together(List<? extends Query<?>> queries) {
        IdentityHashMap<Query<?>, Object> answers = new IdentityHashMap<>();
        if (queries.isEmpty()) {
            return new Answers(answers);
        }
        List<String> statements = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (Query<?> query : queries) {
            statements.addAll(query.statements());
            parameters.addAll(query.parameters());
        }
        return jdbc.execute(String.join(";\n", statements), (PreparedStatement statement) -> {
            // Spring's own parameter setting, so a query's values bind as they would through JdbcClient.
            new ArgumentPreparedStatementSetter(parameters.toArray()).setValues(statement);
            boolean first = statement.execute();
            for (Query<?> query : queries) {
                int count = query.statements().size();
                ResultSets results = new ResultSets(statement, count, first);
                answers.put(query, query.answer(results));
                if (results.taken() != count) {
                    throw new IllegalStateException("a query read fewer result sets than it has statements");
                }
                first = false;
            }
            return new Answers(answers);
        });
    }
}
