package care.whatmatters.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;

/**
 * The result sets of one query's statements, in the order of its statements. A query reads exactly as many as it
 * has statements; {@link Queries} checks that, because a query reading one too many would take its neighbour's.
 */
public final class ResultSets {

    private final Statement statement;
    private final int available;
    private final boolean firstIsCurrent;
    private int taken;

    ResultSets(Statement statement, int available, boolean firstIsCurrent) {
        this.statement = statement;
        this.available = available;
        this.firstIsCurrent = firstIsCurrent;
    }

    /** The rows of the next statement's result set, each made by {@code rows}. */
    public <R> List<R> next(RowMapper<R> rows) throws SQLException {
        if (taken == available) {
            throw new IllegalStateException("a query read more result sets than it has statements");
        }
        boolean current = taken == 0 && firstIsCurrent;
        taken++;
        if (!current && !statement.getMoreResults()) {
            throw new IllegalStateException("the database answered fewer result sets than there were statements");
        }
        ResultSet rs = statement.getResultSet();
        if (rs == null) {
            throw new IllegalStateException("a statement sent as a query did not answer rows");
        }
        try (rs) {
            return new RowMapperResultSetExtractor<>(rows).extractData(rs);
        }
    }

    int taken() {
        return taken;
    }
}
