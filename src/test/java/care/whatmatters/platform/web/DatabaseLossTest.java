package care.whatmatters.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseLossTest {

    @Test
    void aFailedRollbackAfterTheConnectionWasTerminatedIsAnOutage() {
        TransactionSystemException rollback = new TransactionSystemException("Could not roll back",
                new SQLException("This connection has been closed.", "08003"));
        assertThat(DatabaseLoss.explains(rollback)).isTrue();
    }

    @Test
    void theApplicationExceptionBehindAFailedRollbackCounts() {
        TransactionSystemException rollback = new TransactionSystemException("Could not roll back");
        rollback.initApplicationException(new DataAccessResourceFailureException("terminating connection"));
        assertThat(DatabaseLoss.explains(rollback)).isTrue();
    }

    @Test
    void anAdministratorShutdownIsAnOutage() {
        assertThat(DatabaseLoss.explains(new RuntimeException(new SQLException("terminating", "57P01")))).isTrue();
    }

    @Test
    void aBrokenConstraintOrAPlainBugIsNot() {
        assertThat(DatabaseLoss.explains(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseLoss.explains(new IllegalStateException("bug"))).isFalse();
    }
}
