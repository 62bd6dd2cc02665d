package care.whatmatters.shared;

/**
 * Reads the version an edit started from, as sent in an HTTP {@code If-Match} header ({@code "7"} or
 * {@code 7}) or a form's hidden field, and writes versions as entity tags.
 */
public final class VersionPrecondition {

    private VersionPrecondition() {
    }

    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new MissingPreconditionException();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "must be the version you started from, as given in the ETag");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** No version was sent with an edit, so it could silently overwrite someone else's. Answered as 428. */
    public static final class MissingPreconditionException extends RuntimeException {

        MissingPreconditionException() {
            super("Send the version you started from in an If-Match header (the ETag you were given when you "
                    + "read it), so that no one else's changes are overwritten.");
        }
    }
}
