package care.whatmatters.fhir.resources;

import ca.uhn.fhir.rest.param.ReferenceParam;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Reference;

/** Logical ids are the domain's UUIDs, and references are {@code Type/uuid}: the one place that says so. */
final class FhirRefs {

    static final String PATIENT = "Patient";
    static final String PRACTITIONER = "Practitioner";

    private FhirRefs() {
    }

    /** The UUID a read asks for; anything that is not one names nothing we hold. */
    static UUID uuid(IIdType id, String type) {
        return parse(id == null ? null : id.getIdPart())
                .orElseThrow(() -> new NotFoundException("There is no " + type + " with that id."));
    }

    static Optional<UUID> parse(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The person a search is about: {@code subject} or {@code patient}, as {@code Patient/uuid} or a bare uuid. */
    static Optional<PersonId> person(ReferenceParam subject, ReferenceParam patient) {
        ReferenceParam given = subject != null ? subject : patient;
        if (given == null) {
            return Optional.empty();
        }
        String name = subject != null ? "subject" : "patient";
        if (given.hasResourceType() && !PATIENT.equals(given.getResourceType())) {
            throw InvalidInputException.of(name, "must refer to a Patient");
        }
        if (given.hasChain()) {
            throw InvalidInputException.of(name, "chained searches are not supported: give Patient/{id}");
        }
        return Optional.of(parse(given.getIdPart()).map(PersonId::new).orElseThrow(() ->
                InvalidInputException.of(name, "must be Patient/{id}, where the id is the person's UUID")));
    }

    static Reference patient(PersonId person) {
        return new Reference(PATIENT + "/" + person.value());
    }

    static Reference to(String type, UUID id, String display) {
        return new Reference(type + "/" + id).setDisplay(display);
    }
}
