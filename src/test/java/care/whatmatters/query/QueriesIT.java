package care.whatmatters.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.support.IntegrationTest;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Queries sent together, on the real database: each gets its own answer, in one execution. PostgreSQL runs the
 * statements of one execution in one implicit transaction, so {@code now()} (the transaction's start) is the same
 * in all of them when they go together, and differs when they go one by one.
 */
@IntegrationTest
class QueriesIT {

    @Autowired
    Queries queries;

    private static Query<Timestamp> transactionStart() {
        return Query.list("select now() as at", (rs, n) -> rs.getTimestamp("at")).map(List::getFirst);
    }

    @Test
    void queriesSentTogetherRunInOneExecution() throws InterruptedException {
        Query<Timestamp> first = transactionStart();
        Query<Timestamp> second = transactionStart();
        Answers together = queries.together(List.of(first, second));
        assertThat(together.of(first)).isEqualTo(together.of(second));

        Timestamp alone = queries.one(transactionStart());
        Thread.sleep(5);
        assertThat(queries.one(transactionStart())).as("one by one, two transactions").isAfter(alone);
    }

    @Test
    void eachQueryTakesItsOwnResultSetsWithItsOwnParameters() {
        Query<List<Integer>> numbers = Query.list("select g from generate_series(1, ?) g order by g",
                (rs, n) -> rs.getInt(1), 3);
        Query<Optional<String>> text = Query.first("select upper(?::text)", (rs, n) -> rs.getString(1), "plan");
        Query<String> two = Query.of(List.of("select ?::int + 1", "select ?::text || '!'"), List.of(41, "agreed"),
                results -> results.next((rs, n) -> rs.getInt(1)).getFirst() + " "
                        + results.next((rs, n) -> rs.getString(1)).getFirst());
        Query<Optional<String>> none = Query.first("select 'x' where ?::int = 0", (rs, n) -> rs.getString(1), 1);

        Answers answers = queries.together(List.of(numbers, text, two, none));

        assertThat(answers.of(numbers)).containsExactly(1, 2, 3);
        assertThat(answers.of(text)).contains("PLAN");
        assertThat(answers.of(two)).isEqualTo("42 agreed!");
        assertThat(answers.of(none)).isEmpty();
    }

    @Test
    void aNullParameterIsSqlNull() {
        Query<Optional<Boolean>> isNull = Query.first("select ?::text is null", (rs, n) -> rs.getBoolean(1),
                (Object) null);
        assertThat(queries.one(isNull)).contains(true);
    }

    @Test
    void aQueryThatReadsMoreOrFewerResultSetsThanItHasStatementsIsRefused() {
        Query<Integer> greedy = Query.of(List.of("select 1"), List.of(), results -> {
            results.next((rs, n) -> 1);
            return results.next((rs, n) -> 2).size();
        });
        Query<Integer> neighbour = Query.list("select 3", (rs, n) -> 3).map(List::size);
        assertThatThrownBy(() -> queries.together(List.of(greedy, neighbour)))
                .hasMessageContaining("more result sets than it has statements");

        Query<Integer> idle = Query.of(List.of("select 1", "select 2"), List.of(),
                results -> results.next((rs, n) -> 1).size());
        assertThatThrownBy(() -> queries.one(idle)).hasMessageContaining("fewer result sets");
    }

    @Test
    void anAnswerIsOnlyFoundByTheQueryThatAskedIt() {
        Query<Timestamp> sent = transactionStart();
        Answers answers = queries.together(List.of(sent));
        assertThatThrownBy(() -> answers.of(transactionStart())).isInstanceOf(IllegalArgumentException.class);
        assertThat(queries.together(List.of())).isNotNull();
    }
}
