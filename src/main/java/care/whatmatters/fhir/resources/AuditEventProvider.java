package care.whatmatters.fhir.resources;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import care.whatmatters.access.Actor;
import care.whatmatters.record.AccessLogView;
import care.whatmatters.shared.PersonId;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * A person's access log ("who looked at my record"), read-only, on the same terms as the page that shows it:
 * the person, whoever acts for them, and their care team (and break-glass, itself flagged in the log). Not the
 * platform administrator: the log says whose records were opened, which is itself personal data, and
 * administrators see no records. Reading the log is logged. The latest 200 entries are shown, newest first.
 */
@Component
public class AuditEventProvider implements IResourceProvider {

    private final AccessLogView log;

    AuditEventProvider(AccessLogView log) {
        this.log = log;
    }

    @Override
    public Class<AuditEvent> getResourceType() {
        return AuditEvent.class;
    }

    @Read
    public AuditEvent read(@IdParam IdType id) {
        return byId(FhirActor.current(), FhirRefs.uuid(id, "AuditEvent"));
    }

    /** {@code date} and {@code _lastUpdated} both mean when it happened. */
    @Search
    public List<AuditEvent> search(
            @OptionalParam(name = AuditEvent.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = "_id") TokenAndListParam ids,
            @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
            @OptionalParam(name = AuditEvent.SP_DATE) DateRangeParam date) {
        Actor actor = FhirActor.current();
        return new PatientSearch<>(person -> everything(actor, person), id -> byId(actor, id))
                .search(actor, null, patient, new SearchFilter(ids, lastUpdated, null), null, null).stream()
                .filter(SearchFilter.updatedWithin(date)).toList();
    }

    /**
     * Not part of {@code $everything}: the access log is about the record, not the person's care, and every
     * {@code $everything} would grow it; a client that needs it asks for it with {@code AuditEvent?patient=}.
     */
    List<AuditEvent> everything(Actor actor, PersonId person) {
        return log.of(actor, person).stream().map(AuditEventMapper::toFhir).toList();
    }

    private AuditEvent byId(Actor actor, UUID id) {
        return AuditEventMapper.toFhir(log.one(actor, id));
    }
}
