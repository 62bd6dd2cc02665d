package care.whatmatters.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Seals audit entries as they are written in bulk (the population loader), so that millions of entries
 * need no sealing pass afterwards. The writer holds the sealing lock on its own connection for the whole
 * load ({@link #lock}), starts from the chain's head ({@link #head}) and links each entry to the one before
 * ({@link #seal}) exactly as {@code AuditSealer} would; entries written meanwhile by others stay unsealed
 * and are sealed after the load's, so the chain stays one unbroken sequence.
 */
public final class BulkAuditChain {

    /** The advisory lock that lets only one writer extend the chain at a time ("AUDITCH"). */
    static final long SEALING_LOCK = 0x41554449544348L;

    private long sequence;
    private byte[] previous;

    private BulkAuditChain(long sequence, byte[] previous) {
        this.sequence = sequence;
        this.previous = previous;
    }

    /** Takes the sealing lock for the session of this connection (released by {@link #unlock}). */
    public static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, SEALING_LOCK);
            lock.execute();
        }
    }

    public static void unlock(Connection connection) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, SEALING_LOCK);
            unlock.execute();
        }
    }

    /** The chain as it stands: call while holding the lock. */
    public static BulkAuditChain head(Connection connection) throws SQLException {
        try (PreparedStatement head = connection.prepareStatement(AuditChain.HEAD);
                ResultSet rs = head.executeQuery()) {
            return rs.next() ? new BulkAuditChain(rs.getLong(1), rs.getBytes(2))
                    : new BulkAuditChain(0, AuditChain.GENESIS);
        }
    }

    /** Links the next entry into the chain; write it with this sequence number and hash. */
    public Seal seal(AuditEntry entry) {
        previous = AuditChain.link(previous, entry);
        sequence++;
        return new Seal(sequence, previous.clone());
    }

    /** Where a chain stood, to go back to if the entries sealed after it were never committed. */
    public Mark mark() {
        return new Mark(sequence, previous.clone());
    }

    public void reset(Mark mark) {
        sequence = mark.sequence();
        previous = mark.hash().clone();
    }

    public record Seal(long sequence, byte[] hash) {
    }

    public record Mark(long sequence, byte[] hash) {
    }
}
