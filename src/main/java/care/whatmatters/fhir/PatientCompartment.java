package care.whatmatters.fhir;

import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One kind of resource in a patient's compartment, for {@code Patient/{id}/$everything}. Each resource
 * provider that maps part of the record implements this as a Spring bean; the operation gathers them all,
 * so a new resource type joins {@code $everything} without touching the operation. The operation makes the
 * access decision once (audited), lets every compartment ask for the owning modules' queries under that grant,
 * sends them all in one round trip, then lets every compartment map what was answered.
 */
public interface PatientCompartment {

    /** Asks for the queries this type is mapped from ({@link EverythingRequest#ask}); reads nothing itself. */
    void ask(EverythingRequest request);

    /** The resources of this type that belong to the person of the request, from the answers; never null. */
    List<? extends IBaseResource> everything(EverythingRequest request);
}
