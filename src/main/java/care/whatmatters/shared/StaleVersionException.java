package care.whatmatters.shared;

/**
 * Someone else saved a change after this edit was started from an older version. Nothing was saved, so
 * no one's work is silently overwritten. Answered as 409.
 */
public class StaleVersionException extends ConflictException {

    private final long currentVersion;

    public StaleVersionException(String what, long expected, long current) {
        super(what + " was changed by someone else after you opened it (you started from version " + expected
                + ", it is now version " + current + "). Nothing was saved: reload it, check their changes "
                + "and make yours again.");
        this.currentVersion = current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
