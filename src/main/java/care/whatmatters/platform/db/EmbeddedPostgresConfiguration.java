package care.whatmatters.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-configuration database: a real PostgreSQL, started from binaries shipped in a jar, whose data
 * lives in {@code ./data/postgres} and survives restarts. Used whenever no external database URL is
 * configured ({@code SPRING_DATASOURCE_URL}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${whatmatters.embedded-db.data-dir:data/postgres}") String dataDir,
            @Value("${whatmatters.embedded-db.port:0}") int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setServerConfig("max_connections", "100")
                // PostgreSQL's error messages quote the values that broke a rule ("Key (nhs_number)=(...)"):
                // keep them, and the statements, out of the server log.
                .setServerConfig("log_min_messages", "fatal")
                .setServerConfig("log_min_error_statement", "panic");
        if (dataDir.isBlank()) {
            // A throwaway database in a temporary directory, removed on shutdown (used by the tests).
            return builder.start();
        }
        Path dir = Path.of(dataDir);
        Files.createDirectories(dir);
        StalePostmaster.clear(dir);
        // The embedded server's defaults trade durability for speed (fsync off, asynchronous commit): right
        // for throwaway test databases, wrong for data that must survive a crash. Later settings win.
        EmbeddedPostgres postgres = builder.setDataDirectory(dir).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(),
                dir.toAbsolutePath());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setPoolName("whatmatters");
        pool.setMaximumPoolSize(20);
        pool.setConnectionTimeout(2_000);
        pool.setValidationTimeout(1_000);
        return pool;
    }
}
