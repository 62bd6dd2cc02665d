package care.whatmatters.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a practitioner (GP, occupational therapist, link worker...) in any organisation. */
public record PractitionerId(UUID value) {

    public PractitionerId {
        Objects.requireNonNull(value, "practitioner id");
    }

    public static PractitionerId newId() {
        return new PractitionerId(Ids.newId());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
