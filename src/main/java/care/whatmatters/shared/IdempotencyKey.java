package care.whatmatters.shared;

/**
 * The key a client sends with a request that must take effect at most once (a payment), in an
 * {@code Idempotency-Key} header: repeating the request with the same key answers the first result and
 * changes nothing more. Keys are 1 to 200 visible ASCII characters; a UUID is a good choice.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 200;

    public IdempotencyKey {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw InvalidInputException.of("Idempotency-Key",
                    "must be 1 to " + MAX_LENGTH + " visible characters without spaces, such as a UUID");
        }
    }

    /** Reads the header; a request without one is refused, because a retry could then pay twice. */
    public static IdempotencyKey required(String header) {
        if (header == null || header.isBlank()) {
            throw new MissingException();
        }
        return new IdempotencyKey(header.strip());
    }

    @Override
    public String toString() {
        return value;
    }

    /** No key was sent with a request that must not take effect twice. Answered as 428. */
    public static final class MissingException extends RuntimeException {

        MissingException() {
            super("Send an Idempotency-Key header with every payment (a new UUID for each payment you mean to "
                    + "make, and the same one again if you retry it), so that a retry or a double click can never "
                    + "pay twice.");
        }
    }
}
