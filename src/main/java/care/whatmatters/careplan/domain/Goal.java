package care.whatmatters.careplan.domain;

import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.util.UUID;

/** An outcome the person wants, in their words, linked to the thing that matters to them it serves. */
public record Goal(UUID id, UUID whatMattersId, int position, String text, Stamp created, Stamp updated,
        Voiding voided) {

    Goal changed(UUID newWhatMattersId, String newText, Stamp stamp) {
        return new Goal(id, newWhatMattersId, position, newText, created, stamp, voided);
    }

    Goal voided(Voiding voiding) {
        return new Goal(id, whatMattersId, position, text, created, voiding.toStamp(), voiding);
    }

    public boolean live() {
        return voided == null;
    }
}
