package care.whatmatters.fhir;

import care.whatmatters.access.Actor;
import care.whatmatters.shared.PersonId;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One kind of resource in a patient's compartment, for {@code Patient/{id}/$everything}. Each resource
 * provider that maps part of the record implements this as a Spring bean; the operation gathers them all,
 * so a new resource type joins {@code $everything} without touching the operation. Implementations read
 * through the owning module's public API, so the access check and the audit happen there.
 */
public interface PatientCompartment {

    /** The resources of this type that belong to the person, as the actor may see them; never null. */
    List<? extends IBaseResource> everything(Actor actor, PersonId person);
}
