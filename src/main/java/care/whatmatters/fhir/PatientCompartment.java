package care.whatmatters.fhir;

import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One kind of resource in a patient's compartment, for {@code Patient/{id}/$everything}. Each resource
 * provider that maps part of the record implements this as a Spring bean; the operation gathers them all,
 * so a new resource type joins {@code $everything} without touching the operation. The operation makes the
 * access decision once (audited) and hands every compartment its grant; implementations read through the
 * owning module's public API with that grant.
 */
public interface PatientCompartment {

    /** The resources of this type that belong to the person of the request; never null. */
    List<? extends IBaseResource> everything(EverythingRequest request);
}
