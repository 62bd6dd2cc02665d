package care.whatmatters.platform.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure whose root is the database going away, however deeply it is wrapped: a rollback
 * that fails because the connection was terminated, a pool that cannot connect, a server shutting down.
 */
final class DatabaseLoss {

    private DatabaseLoss() {
    }

    static boolean explains(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable current = failure;
        while (current != null && seen.put(current, Boolean.TRUE) == null) {
            if (isLoss(current)) {
                return true;
            }
            if (current instanceof TransactionSystemException tse && tse.getApplicationException() != null
                    && explains(tse.getApplicationException())) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static boolean isLoss(Throwable t) {
        if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                || t instanceof TransientDataAccessResourceException || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // Class 08: connection exception; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now.
            return state.startsWith("08") || state.startsWith("57P");
        }
        return false;
    }
}
