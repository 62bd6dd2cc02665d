package care.whatmatters.shared;

import java.time.Instant;

/** Records are voided with a reason, never deleted: who voided it, when and why. */
public record Voiding(String by, Instant at, String reason) {

    public static Voiding of(Stamp stamp, String reason) {
        return new Voiding(stamp.by(), stamp.at(), FreeText.required("reason", reason, FreeText.SHORT));
    }

    /** Voiding is also the record's last change. */
    public Stamp toStamp() {
        return new Stamp(by, at);
    }
}
