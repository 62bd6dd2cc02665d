package care.whatmatters.reporting.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymous keys for record-level extracts: a keyed hash (HMAC-SHA-256) of the internal id, so the same
 * person has the same key in every extract made with the same secret (records can be linked over time) but
 * no one without the secret can go from a key back to a person, or compute a person's key from anything
 * they know. The kind ("person", "referral") is part of the input, so keys of different things never match.
 */
public final class Pseudonyms {

    private final byte[] secret;

    public Pseudonyms(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the pseudonymisation secret must be at least 16 bytes");
        }
        this.secret = secret.clone();
    }

    /** A 32-hex-digit key (128 bits of the HMAC) for the thing of the given kind with the given id. */
    public String of(String kind, UUID id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] hash = mac.doFinal((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
