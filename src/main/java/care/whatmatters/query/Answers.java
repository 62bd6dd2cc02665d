package care.whatmatters.query;

import java.util.IdentityHashMap;
import java.util.Map;

/** What the database answered to queries sent together, each found by the query that asked it. */
public final class Answers {

    private final Map<Query<?>, Object> byQuery;

    Answers(IdentityHashMap<Query<?>, Object> byQuery) {
        this.byQuery = byQuery;
    }

    @SuppressWarnings("unchecked")
    public <T> T of(Query<T> query) {
        if (!byQuery.containsKey(query)) {
            throw new IllegalArgumentException("that query was not sent with these");
        }
        return (T) byQuery.get(query);
    }
}
