package care.whatmatters.directory.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps every import's report, record by record. */
@Repository
public class ImportLog {

    private final JdbcClient jdbc;

    ImportLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Counts(int received, int created, int updated, int unchanged, int merged, int flagged, int rejected) {
    }

    public void record(UUID id, Instant at, String by, String source, Counts c, String reportJson) {
        jdbc.sql("""
                insert into directory_import (id, imported_at, imported_by, source, received, created, updated, unchanged,
                  merged, flagged, rejected, report)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(id, Timestamp.from(at), by, source, c.received(), c.created(), c.updated(), c.unchanged(),
                        c.merged(), c.flagged(), c.rejected(), reportJson)
                .update();
    }
}
