package care.whatmatters.query;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A query's statements are joined when sent, so each entry must be exactly one statement. */
class QueryTest {

    @Test
    void aQueryHasAtLeastOneStatement() {
        assertThatThrownBy(() -> Query.of(List.of(), List.of(), results -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEntryHoldingTwoStatementsIsRefused() {
        assertThatThrownBy(() -> Query.list("select 1; delete from person", (rs, n) -> 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one statement per entry");
    }
}
