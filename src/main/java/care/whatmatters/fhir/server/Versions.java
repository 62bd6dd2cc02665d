package care.whatmatters.fhir.server;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;

/**
 * The version an update starts from: the {@code If-Match} header (HAPI puts it on the id) or else the
 * resource's {@code meta.versionId}; none means "as it is now".
 */
final class Versions {

    private Versions() {
    }

    static Long basedOn(IdType id, IBaseResource resource) {
        String version = id.hasVersionIdPart() ? id.getVersionIdPart() : resource.getMeta().getVersionId();
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("The version (If-Match or meta.versionId) must be a whole number.");
        }
    }
}
