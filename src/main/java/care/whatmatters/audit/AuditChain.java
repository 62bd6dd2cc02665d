package care.whatmatters.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;

/**
 * The hash that chains one audit entry to the one before it: SHA-256 over the previous hash and every
 * field of the entry, each field length-prefixed so no two different entries can share an encoding.
 */
final class AuditChain {

    static final byte[] GENESIS = new byte[32];
    /** The chain's head: the last seal's place and hash (none while the chain is empty). */
    static final String HEAD = "select chain_seq, chain_hash from audit_seal order by chain_seq desc limit 1";

    /** What the hash covers, as selected from {@code audit_event e}. */
    static final String ENTRY_COLUMNS = """
            e.id, e.occurred_at, e.person_id, e.actor_account, e.actor_username, e.actor_name, e.actor_role, e.action,
            e.resource, e.outcome, e.basis, e.reason""";

    private AuditChain() {
    }

    static byte[] link(byte[] previous, ResultSet row) throws SQLException {
        Timestamp at = row.getTimestamp("occurred_at");
        return link(previous, new String[] {String.valueOf(row.getObject("id", UUID.class)),
            at.getTime() + "." + at.getNanos(), text(row.getObject("person_id", UUID.class)),
            text(row.getObject("actor_account", UUID.class)), row.getString("actor_username"),
            row.getString("actor_name"), row.getString("actor_role"), row.getString("action"),
            row.getString("resource"), row.getString("outcome"), row.getString("basis"), row.getString("reason")});
    }

    /** The same hash from an entry not yet written (for sealing in bulk), exactly as it will read back. */
    static byte[] link(byte[] previous, AuditEntry e) {
        Timestamp at = Timestamp.from(e.occurredAt());
        return link(previous, new String[] {e.id().toString(), at.getTime() + "." + at.getNanos(),
            e.personId() == null ? null : e.personId().value().toString(), text(e.actor().accountId()),
            e.actor().username(), e.actor().name(), e.actor().role(), e.action().name(), e.resource(),
            e.allowed() ? "ALLOWED" : "DENIED", e.basis().name(), e.reason()});
    }

    private static byte[] link(byte[] previous, String[] fields) {
        MessageDigest sha = sha256();
        sha.update(previous);
        for (String value : fields) {
            field(sha, value);
        }
        return sha.digest();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static void field(MessageDigest sha, Object value) {
        if (value == null) {
            sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
