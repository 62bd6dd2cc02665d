package care.whatmatters.fhir.server;

import ca.uhn.fhir.rest.api.MethodOutcome;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;

/** A resource type that may be created and updated, so transaction Bundles can write it too. */
interface ResourceWrites {

    String resourceType();

    MethodOutcome createResource(IBaseResource resource);

    /** Not every writable type can be updated (readings cannot): those refuse with 422. */
    MethodOutcome updateResource(IdType id, IBaseResource resource);
}
