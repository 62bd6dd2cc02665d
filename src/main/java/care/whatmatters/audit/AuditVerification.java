package care.whatmatters.audit;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit chain from the first entry, recomputing each hash, and reports the first broken link: an
 * entry changed (its hash no longer matches), removed (a gap in the sequence) or reordered.
 */
@Service
public class AuditVerification {

    private final JdbcTemplate jdbc;

    AuditVerification(DataSource dataSource) {
        // Its own template, streaming the chain a thousand rows at a time instead of loading it whole.
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1_000);
    }

    /**
     * The outcome of a verification.
     *
     * @param sealed    how many entries are in the chain
     * @param unsealed  entries written but not yet sealed (normally only the last second's)
     * @param brokenAt  the sequence number of the first entry that does not verify, or null if intact
     * @param problem   what is wrong there, in words
     * @param headHash  the hash of the last sealed entry: record it somewhere else from time to time, so that
     *                  even a rewrite of the whole chain by someone with full database access shows
     */
    public record Result(long sealed, long unsealed, Long brokenAt, UUID brokenEntry, String problem,
            String headHash) {

        public boolean intact() {
            return brokenAt == null;
        }
    }

    /** One snapshot for the counts and the walk, so entries written meanwhile are not mistaken for lost ones. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Result verify() {
        long unsealed = jdbc.queryForObject("select count(*) from audit_unsealed", Long.class);
        long entries = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        Walk walk = new Walk();
        // Every seal in order, with the entry it sealed (none if the entry was removed).
        jdbc.query("select s.chain_seq, s.chain_hash, " + AuditChain.ENTRY_COLUMNS
                + " from audit_seal s left join audit_event e on e.id = s.entry_id order by s.chain_seq", rs -> {
                    if (walk.broken != null) {
                        return;
                    }
                    long seq = rs.getLong("chain_seq");
                    UUID id = rs.getObject("id", UUID.class);
                    if (seq != walk.count + 1 || id == null) {
                        walk.fail(walk.count + 1, id, "entry " + (walk.count + 1) + " is missing from the chain");
                        return;
                    }
                    byte[] expected = AuditChain.link(walk.previous, rs);
                    if (!Arrays.equals(expected, rs.getBytes("chain_hash"))) {
                        walk.fail(seq, id, "entry " + seq + " was changed after it was sealed");
                        return;
                    }
                    walk.previous = expected;
                    walk.count = seq;
                });
        long outside = entries - walk.count - unsealed;
        if (walk.broken == null && outside > 0) {
            // Taken off the sealer's queue by someone other than the sealer: never to be sealed.
            walk.fail(walk.count + 1, null, outside + " entries are neither sealed nor waiting to be sealed");
        }
        return new Result(walk.count, unsealed, walk.broken, walk.brokenEntry, walk.problem,
                walk.broken == null ? HexFormat.of().formatHex(walk.previous) : null);
    }

    private static final class Walk {
        byte[] previous = AuditChain.GENESIS;
        long count;
        Long broken;
        UUID brokenEntry;
        String problem;

        void fail(long at, UUID entry, String why) {
            broken = at;
            brokenEntry = entry;
            problem = why;
        }
    }
}
