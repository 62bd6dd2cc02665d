package care.whatmatters.fhir.server;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import care.whatmatters.access.AccessGrant;
import care.whatmatters.fhir.EverythingRequest;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.fhir.PatientCompartment;
import care.whatmatters.fhir.mapping.PatientMapping;
import care.whatmatters.fhir.mapping.References;
import care.whatmatters.person.ConnectedPeople;
import care.whatmatters.person.ConnectedRecord;
import care.whatmatters.person.domain.OtherIdentifier;
import care.whatmatters.query.Queries;
import care.whatmatters.shared.NhsNumber;
import care.whatmatters.shared.PersonId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Patient: the person record. Read, search, create and update go through {@link ConnectedPeople}, so access is
 * checked and audited by the access module; {@code $everything} gathers every {@link PatientCompartment}.
 */
@Component
class PatientProvider implements IResourceProvider, ResourceWrites {

    private final ConnectedPeople people;
    private final ObjectProvider<PatientCompartment> compartments;
    private final RecordAccess access;
    private final Queries queries;

    PatientProvider(ConnectedPeople people, ObjectProvider<PatientCompartment> compartments, RecordAccess access,
            Queries queries) {
        this.people = people;
        this.access = access;
        this.compartments = compartments;
        this.queries = queries;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Override
    public String resourceType() {
        return "Patient";
    }

    @Read
    public Patient read(@IdParam IdType id) {
        return PatientMapping.toFhir(people.read(Signed.actor(), person(id)));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id,
            @OptionalParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated) {
        Actor actor = Signed.actor();
        UUID only = id == null ? null : uuidOrNone(id.getValue());
        String nhs = null;
        OtherIdentifier other = null;
        if (identifier != null) {
            if (PatientMapping.NHS_NUMBER.equals(identifier.getSystem())) {
                nhs = NhsNumber.isValid(identifier.getValue()) ? identifier.getValue() : "-";
            } else {
                other = new OtherIdentifier(identifier.getSystem() == null || identifier.getSystem().isBlank()
                        ? null : identifier.getSystem(), identifier.getValue());
            }
        }
        List<PersonId> found = people.find(actor, new ConnectedPeople.PersonCriteria(only, other, nhs,
                lastUpdated == null || lastUpdated.getLowerBoundAsInstant() == null ? null
                        : lastUpdated.getLowerBoundAsInstant().toInstant(),
                lastUpdated == null || lastUpdated.getUpperBoundAsInstant() == null ? null
                        : lastUpdated.getUpperBoundAsInstant().toInstant()));
        return new LazyResults<>(actor, found,
                page -> people.readAll(actor, page).stream().map(PatientMapping::toFhir).toList());
    }

    @Create
    public MethodOutcome create(@ResourceParam Patient patient) {
        PatientMapping.Incoming in = PatientMapping.fromFhir(patient);
        ConnectedRecord saved = people.register(Signed.actor(), in.details(), in.identifiers(), in.contact());
        return outcome(saved, true);
    }

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Patient patient) {
        PatientMapping.Incoming in = PatientMapping.fromFhir(patient);
        Long basedOn = Versions.basedOn(id, patient);
        ConnectedRecord saved = people.update(Signed.actor(), person(id), basedOn, in.details(), in.identifiers(),
                in.contact());
        return outcome(saved, false);
    }

    /** The Patient and everything in their compartment that the caller may see. */
    @Operation(name = "$everything", idempotent = true, bundleType = BundleTypeEnum.SEARCHSET)
    public IBundleProvider everything(@IdParam IdType id) {
        // One decision, audited once, for the whole compartment: it is one read of the record.
        AccessGrant grant = access.read(Signed.actor(), person(id), "everything");
        EverythingRequest request = new EverythingRequest(grant, people.readQuery(grant));
        List<PatientCompartment> parts = compartments.orderedStream().toList();
        parts.forEach(part -> part.ask(request));
        // Every module's read in one round trip, which PostgreSQL runs as one implicit transaction; with no
        // transaction of its own the operation also has no commit to wait for.
        request.read(queries);
        List<IBaseResource> all = new ArrayList<>();
        all.add(PatientMapping.toFhir(request.patient()));
        parts.forEach(part -> all.addAll(part.everything(request)));
        return new SimpleBundleProvider(all);
    }

    @Override
    public MethodOutcome createResource(IBaseResource resource) {
        return create((Patient) resource);
    }

    @Override
    public MethodOutcome updateResource(IdType id, IBaseResource resource) {
        return update(id, (Patient) resource);
    }

    private static MethodOutcome outcome(ConnectedRecord saved, boolean created) {
        Patient answer = PatientMapping.toFhir(saved);
        MethodOutcome outcome = new MethodOutcome(new IdType("Patient", answer.getIdElement().getIdPart(),
                answer.getMeta().getVersionId()), created);
        outcome.setResource(answer);
        return outcome;
    }

    private static PersonId person(IdType id) {
        return new PersonId(References.logicalId(id.getIdPart()));
    }

    private static UUID uuidOrNone(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }
}
