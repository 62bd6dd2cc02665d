package care.whatmatters.fhir.server;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import care.whatmatters.fhir.EverythingRequest;
import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.fhir.ObservationReadings;
import care.whatmatters.fhir.PatientCompartment;
import care.whatmatters.fhir.mapping.ObservationMapping;
import care.whatmatters.fhir.mapping.References;
import care.whatmatters.selfmanagement.SelfMonitoring;
import care.whatmatters.selfmanagement.domain.IncomingReading;
import care.whatmatters.selfmanagement.domain.Reading;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.springframework.stereotype.Component;

/**
 * Observation: self-monitoring readings, through {@link SelfMonitoring}. A reading is created once and never
 * changed (there is no update); sending the same reading again (same source and id) answers the stored one.
 */
@Component
class ObservationProvider implements IResourceProvider, ResourceWrites, PatientCompartment {

    private static final String WHAT = "self-monitoring";

    private final SelfMonitoring monitoring;
    private final ObservationReadings readings;
    private final RecordAccess access;

    ObservationProvider(SelfMonitoring monitoring, ObservationReadings readings, RecordAccess access) {
        this.monitoring = monitoring;
        this.readings = readings;
        this.access = access;
    }

    @Override
    public Class<Observation> getResourceType() {
        return Observation.class;
    }

    @Override
    public String resourceType() {
        return "Observation";
    }

    @Read
    public Observation read(@IdParam IdType id) {
        UUID readingId = References.logicalId(id.getIdPart());
        PersonId person = monitoring.ownerOfReading(readingId).orElseThrow(ObservationProvider::notFound);
        return monitoring.readings(access.read(Signed.actor(), person, WHAT)).stream()
                .filter(r -> r.id().equals(readingId)).findFirst().map(ObservationMapping::toFhir)
                .orElseThrow(ObservationProvider::notFound);
    }

    @Search
    public List<Observation> search(@OptionalParam(name = Observation.SP_SUBJECT) ReferenceParam subject,
            @OptionalParam(name = Observation.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = "_id") TokenParam id,
            @OptionalParam(name = Observation.SP_STATUS) TokenParam status,
            @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated) {
        SearchSubject search = new SearchSubject(subject, patient, id, lastUpdated);
        Actor actor = Signed.actor();
        return search.person(monitoring::ownerOfReading).map(person -> observations(actor, person))
                .orElse(List.of()).stream().filter(search::matches)
                .filter(o -> status == null || o.getStatus().toCode().equals(status.getValue())).toList();
    }

    @Create
    public MethodOutcome create(@ResourceParam Observation observation) {
        PersonId person = References.patient(observation.getSubject(), "subject");
        Actor actor = Signed.actor();
        IncomingReading incoming = readings.read(observation, person);
        SelfMonitoring.Received received = monitoring.receive(actor, person, List.of(incoming));
        Reading stored = received.readings().isEmpty()
                ? monitoring.readings(access.read(actor, person, WHAT)).stream()
                        .filter(r -> r.source().equals(incoming.source()) && r.sourceId().equals(incoming.sourceId()))
                        .findFirst().orElseThrow(ObservationProvider::notFound)
                : received.readings().getFirst();
        MethodOutcome outcome = new MethodOutcome(new IdType("Observation", stored.id().toString()),
                !received.readings().isEmpty());
        outcome.setResource(ObservationMapping.toFhir(stored));
        return outcome;
    }

    @Override
    public void ask(EverythingRequest request) {
        request.ask(READINGS, () -> monitoring.readingsQuery(request.grant()));
    }

    @Override
    public List<? extends IBaseResource> everything(EverythingRequest request) {
        return request.<List<Reading>>answer(READINGS).stream().map(ObservationMapping::toFhir).toList();
    }

    /** The key under which {@code $everything} asks for the person's self-monitoring readings. */
    private static final String READINGS = "readings";

    private List<Observation> observations(Actor actor, PersonId person) {
        return observations(access.read(actor, person, WHAT));
    }

    private List<Observation> observations(AccessGrant grant) {
        return monitoring.readings(grant).stream().map(ObservationMapping::toFhir).toList();
    }

    @Override
    public MethodOutcome createResource(IBaseResource resource) {
        return create((Observation) resource);
    }

    @Override
    public MethodOutcome updateResource(IdType id, IBaseResource resource) {
        throw InvalidInputException.of("request.method", "cannot be PUT for an Observation: readings are never "
                + "changed once received");
    }

    private static NotFoundException notFound() {
        return new NotFoundException("There is no Observation with that id.");
    }
}
