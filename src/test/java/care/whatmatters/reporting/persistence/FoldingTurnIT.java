package care.whatmatters.reporting.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.reporting.ReportAggregator;
import care.whatmatters.support.IntegrationTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One fold at a time writes the counts: a fold waits while another holds the turn, and goes on when it is
 * released. (Two folds of several batches each once deadlocked on shared cells in CI.)
 */
@IntegrationTest
class FoldingTurnIT {

    @Autowired
    ReportAggregator aggregator;
    @Autowired
    DataSource dataSource;

    @Test
    void aFoldWaitsForTheTurnAndGoesOnWhenItIsReleased() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection(); Statement take = other.createStatement()) {
            other.setAutoCommit(false);
            take.execute("select pg_advisory_xact_lock(" + CountRepository.FOLDING_LOCK + ")");

            Future<Integer> fold = executor.submit(aggregator::aggregatePending);
            // Not a timing assertion: the fold cannot finish at all while the turn is held elsewhere.
            Thread.sleep(1_000);
            assertThat(fold.isDone()).as("a fold finished while another held the turn").isFalse();

            other.rollback(); // releases the transaction-level lock
            assertThat(fold.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(0);
        } finally {
            executor.shutdownNow();
        }
    }
}
