package care.whatmatters.fhir.server;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import care.whatmatters.shared.PersonId;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** The common search parameters of the patient-scoped types: whose record, {@code _id}, {@code _lastUpdated}. */
record SearchSubject(ReferenceParam subject, ReferenceParam patient, TokenParam id, DateRangeParam lastUpdated) {

    /**
     * The person searched: from {@code subject}/{@code patient}, or else the owner of the {@code _id}. A search
     * naming no one is refused (400): results are always one person's, read under that person's access check.
     */
    Optional<PersonId> person(Function<UUID, Optional<PersonId>> ownerOfId) {
        ReferenceParam ref = subject != null ? subject : patient;
        if (ref != null) {
            if (ref.getResourceType() != null && !"Patient".equals(ref.getResourceType())) {
                return Optional.empty();
            }
            return uuid(ref.getIdPart()).map(PersonId::new);
        }
        if (id != null) {
            return uuid(id.getValue()).flatMap(ownerOfId);
        }
        throw new InvalidRequestException("Search by subject (or patient), or by _id: results are one person's.");
    }

    boolean matches(IBaseResource resource) {
        if (id != null && !id.getValue().equals(resource.getIdElement().getIdPart())) {
            return false;
        }
        Date updated = resource.getMeta().getLastUpdated();
        if (lastUpdated == null || updated == null) {
            return true;
        }
        Date from = lastUpdated.getLowerBoundAsInstant();
        Date to = lastUpdated.getUpperBoundAsInstant();
        return (from == null || !updated.before(from)) && (to == null || !updated.after(to));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
