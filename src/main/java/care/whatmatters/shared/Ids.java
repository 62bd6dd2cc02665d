package care.whatmatters.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Creates time-ordered UUIDs (RFC 9562 version 7). Rows inserted close in time sit close together in a
 * B-tree index, which keeps inserts cheap at tens of millions of rows; the random tail keeps ids
 * unguessable.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** Parses an id from outside (a URL, a form), answering a clear error instead of an exception trace. */
    public static UUID parse(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of(field, "is not a valid identifier");
        }
    }
}
