package care.whatmatters.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals new audit entries into the hash chain, a batch at a time, every half second. Sealing happens
 * after the request, so it adds nothing to the time a request takes. Only one node seals at a time (an
 * advisory lock), so several application nodes can share one database.
 */
@Component
class AuditSealer {

    static final int BATCH = 5_000;
    private static final long LOCK = BulkAuditChain.SEALING_LOCK;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditSealer.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    AuditSealer(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${whatmatters.audit.seal-every:PT0.5S}")
    void sealRegularly() {
        try {
            sealPending();
        } catch (DataAccessException | TransactionException e) {
            // The database is out of reach: entries wait, unsealed, and are sealed when it returns.
            log.warn("Audit sealing postponed: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * Writes the chain's head to the log now and then: a copy of the head kept outside the database is
     * what shows a rewrite of the whole chain by someone with full database access. (A hash is not
     * personal data.)
     */
    @Scheduled(fixedDelayString = "${whatmatters.audit.anchor-every:PT15M}", initialDelayString = "PT1M")
    void anchor() {
        try {
            logHead();
        } catch (DataAccessException e) {
            log.warn("Audit chain head not logged: {}", e.getClass().getSimpleName());
        }
    }

    private void logHead() {
        jdbc.query(AuditChain.HEAD, rs -> {
            log.info("Audit chain head: entry {} hash {}", rs.getLong(1),
                    java.util.HexFormat.of().formatHex(rs.getBytes(2)));
        });
    }

    /**
     * Seals everything written so far, in one transaction holding the sealing lock (an explicit
     * transaction: the scheduled call comes from inside this class, where an annotation would not apply).
     * Answers how many entries were sealed.
     */
    public int sealPending() {
        Integer sealed = transaction.execute(status -> {
            Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK);
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            int total = 0;
            int batch;
            do {
                batch = sealBatch();
                total += batch;
            } while (batch == BATCH);
            return total;
        });
        return sealed == null ? 0 : sealed;
    }

    /**
     * Seals the next batch of waiting entries, oldest first: appends a seal for each and takes them off the queue.
     * Writing the seals as rows of their own, not into the entries, keeps the entries written once
     * (migration V073 says what that saved).
     */
    private int sealBatch() {
        Object[] head = jdbc.query(AuditChain.HEAD,
                rs -> rs.next() ? new Object[] {rs.getLong(1), rs.getBytes(2)} : new Object[] {0L, AuditChain.GENESIS});
        long[] next = {(Long) head[0]};
        byte[][] last = {(byte[]) head[1]};
        List<Object[]> seals = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        jdbc.query("select " + AuditChain.ENTRY_COLUMNS + " from audit_unsealed u join audit_event e on e.id = u.entry_id "
                + "order by e.occurred_at, e.id limit " + BATCH, rs -> {
                    last[0] = AuditChain.link(last[0], rs);
                    next[0]++;
                    UUID id = rs.getObject("id", UUID.class);
                    ids.add(id);
                    seals.add(new Object[] {next[0], id, last[0]});
                });
        if (!seals.isEmpty()) {
            jdbc.batchUpdate("insert into audit_seal (chain_seq, entry_id, chain_hash) values (?, ?, ?)", seals);
            jdbc.update(connection -> {
                var delete = connection.prepareStatement("delete from audit_unsealed where entry_id = any(?)");
                delete.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                return delete;
            });
        }
        return ids.size();
    }
}
