package care.whatmatters.fhir.resources;

import ca.uhn.fhir.rest.param.ReferenceParam;
import care.whatmatters.access.Actor;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Resource;

/**
 * How a search over one person's resources finds its person: {@code subject} or {@code patient}; otherwise
 * the ids asked for ({@code _id}, each read as a read would be, so each is checked and audited); otherwise, for
 * a person signed in, their own record. A practitioner must say whose record: there is no search across people.
 */
final class PatientSearch<T extends Resource> {

    private final Function<PersonId, List<T>> ofPerson;
    private final Function<UUID, T> byId;

    PatientSearch(Function<PersonId, List<T>> ofPerson, Function<UUID, T> byId) {
        this.ofPerson = ofPerson;
        this.byId = byId;
    }

    List<T> search(Actor actor, ReferenceParam subject, ReferenceParam patient, SearchFilter filter,
            Function<T, String> statusOf, String statusSystem) {
        Optional<PersonId> person = FhirRefs.person(subject, patient);
        if (person.isEmpty() && filter.ids() == null && actor.isPerson() && actor.person() != null) {
            person = Optional.of(actor.person());
        }
        if (person.isPresent()) {
            return filter.apply(ofPerson.apply(person.get()), statusOf, statusSystem);
        }
        if (filter.ids() == null) {
            throw InvalidInputException.of(subject != null ? "subject" : "patient",
                    "is required: say whose record to search, as Patient/{id}");
        }
        List<T> found = new ArrayList<>();
        for (String id : filter.idValues()) {
            FhirRefs.parse(id).ifPresent(uuid -> {
                try {
                    found.add(byId.apply(uuid));
                } catch (NotFoundException e) {
                    // A search answers what exists; an unknown id is simply not among the results.
                }
            });
        }
        return filter.apply(found, statusOf, statusSystem);
    }
}
