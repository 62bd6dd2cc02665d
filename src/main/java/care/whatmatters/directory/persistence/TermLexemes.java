package care.whatmatters.directory.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lexeme PostgreSQL's {@code english} configuration makes of a search term: what {@code to_tsquery}
 * would look for in a service's {@code search_vector}, or nothing for a stop word. The database says it,
 * so searching the places in memory matches exactly what searching the table matches; each term is asked
 * once, because people search for the same few hundred words again and again.
 */
@Component
class TermLexemes {

    /** Bounded, because the terms are whatever people type. */
    static final int MOST_KEPT = 20_000;

    private final JdbcClient jdbc;
    private final Cache<String, Optional<String>> known = Caffeine.newBuilder().maximumSize(MOST_KEPT).build();

    TermLexemes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The lexeme of each term that has one (a term is one word of letters, as {@code NeedWords} makes them,
     * so it has at most one); stop words are left out.
     */
    Map<String, String> of(List<String> terms) {
        Map<String, Optional<String>> found = new HashMap<>();
        for (String term : terms) {
            Optional<String> lexeme = known.getIfPresent(term);
            if (lexeme != null) {
                found.put(term, lexeme);
            }
        }
        List<String> unknown = terms.stream().filter(t -> !found.containsKey(t)).distinct().toList();
        if (!unknown.isEmpty()) {
            unknown.forEach(t -> found.put(t, Optional.empty()));
            jdbc.sql("""
                    select t, (tsvector_to_array(to_tsvector('english', t)))[1] as lexeme
                    from unnest(string_to_array(:terms, ' ')) t""")
                    .param("terms", String.join(" ", unknown))
                    .query((RowCallbackHandler) rs -> found.put(rs.getString("t"),
                            Optional.ofNullable(rs.getString("lexeme"))));
            unknown.forEach(t -> known.put(t, found.get(t)));
        }
        Map<String, String> lexemes = new HashMap<>();
        found.forEach((term, lexeme) -> lexeme.ifPresent(l -> lexemes.put(term, l)));
        return lexemes;
    }
}
