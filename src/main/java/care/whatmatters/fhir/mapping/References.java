package care.whatmatters.fhir.mapping;

import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Reference;

/** Logical ids are the domain's UUIDs; references are {@code Type/uuid}. */
public final class References {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private References() {
    }

    /** The UUID in a logical id; an id that is not one names nothing here (404). */
    public static UUID logicalId(String idPart) {
        try {
            return UUID.fromString(idPart);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("There is no resource with that id.");
        }
    }

    public static Reference to(String type, UUID id) {
        return new Reference(type + "/" + id);
    }

    /** The person a {@code subject} (or {@code patient}) reference names: it must be {@code Patient/{uuid}}. */
    public static PersonId patient(Reference reference, String field) {
        String ref = reference == null ? null : reference.getReference();
        if (ref == null || !ref.startsWith("Patient/")) {
            throw InvalidInputException.of(field, "is required: a reference to the Patient, Patient/{id}");
        }
        String id = ref.substring("Patient/".length());
        int history = id.indexOf('/');
        try {
            return new PersonId(UUID.fromString(history < 0 ? id : id.substring(0, history)));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "refers to a Patient that does not exist here");
        }
    }

    /** The UUID of a reference to {@code type}, or null when it is absent or names something else. */
    public static UUID idOf(Reference reference, String type) {
        String ref = reference == null ? null : reference.getReference();
        if (ref == null || !ref.startsWith(type + "/")) {
            return null;
        }
        try {
            return UUID.fromString(ref.substring(type.length() + 1).split("/")[0]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static DateType day(LocalDate day) {
        return day == null ? null : new DateType(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    }

    public static LocalDate localDate(Date date) {
        return date == null ? null : date.toInstant().atZone(UK).toLocalDate();
    }
}
