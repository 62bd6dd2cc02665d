package care.whatmatters.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The audit log's own small connection pool, beside the application's. An access decision is audited from
 * inside the use case's transaction, which already holds a connection from the main pool: if the entry had
 * to take a second connection from that same pool, a burst of concurrent requests could each hold one and
 * wait for another, and starve the pool until its timeout (seen at 50 concurrent users: every request 503).
 * With a pool of its own, an entry never waits on a connection that a request holds. Same database, same
 * account and settings as the main pool; only its size and name differ.
 */
@Component
class AuditConnections implements DisposableBean {

    static final int POOL_SIZE = 10;

    private final DataSource connections;
    private final HikariDataSource own;

    AuditConnections(DataSource main) throws SQLException {
        if (main.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource shared = main.unwrap(HikariDataSource.class);
            own = new HikariDataSource(); // started on first use, like the main pool
            shared.copyStateTo(own); // every setting of the main pool: URL, account, timeouts, properties
            own.setMaximumPoolSize(POOL_SIZE);
            own.setMinimumIdle(1);
            own.setPoolName((shared.getPoolName() == null ? "pool" : shared.getPoolName()) + "-audit");
            // A database that is down at start-up is met by the usual 503, not a failed start.
            own.setInitializationFailTimeout(-1);
            connections = own;
        } else {
            own = null; // not a Hikari pool (never the case as configured): share it, as before
            connections = main;
        }
    }

    Connection get() throws SQLException {
        return connections.getConnection();
    }

    @Override
    public void destroy() {
        if (own != null) {
            own.close();
        }
    }
}
