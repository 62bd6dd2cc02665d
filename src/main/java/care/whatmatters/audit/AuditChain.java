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
    static final String COLUMNS = """
            id, occurred_at, person_id, actor_account, actor_username, actor_name, actor_role, action, resource,
            outcome, basis, reason, chain_seq, chain_hash""";

    private AuditChain() {
    }

    static byte[] link(byte[] previous, ResultSet row) throws SQLException {
        MessageDigest sha = sha256();
        sha.update(previous);
        field(sha, row.getObject("id", UUID.class));
        Timestamp at = row.getTimestamp("occurred_at");
        field(sha, at.getTime() + "." + at.getNanos());
        field(sha, row.getObject("person_id", UUID.class));
        field(sha, row.getObject("actor_account", UUID.class));
        for (String column : new String[] {"actor_username", "actor_name", "actor_role", "action", "resource",
                "outcome", "basis", "reason"}) {
            field(sha, row.getString(column));
        }
        return sha.digest();
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
