package care.whatmatters.fhir.resources;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import care.whatmatters.fhir.EverythingRequest;
import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.fhir.PatientCompartment;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.domain.Person;
import care.whatmatters.selfmanagement.SelfMonitoring;
import care.whatmatters.selfmanagement.domain.SourceConsent;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * The consents the platform records, read-only: self-monitoring source consents and the national data opt-out.
 * One audited access decision ("consents") covers both.
 */
@Component
public class ConsentProvider implements IResourceProvider, PatientCompartment {

    static final String STATUS_SYSTEM = "http://hl7.org/fhir/consent-state-codes";

    private final RecordAccess access;
    private final SelfMonitoring monitoring;
    private final PersonRegister register;

    ConsentProvider(RecordAccess access, SelfMonitoring monitoring, PersonRegister register) {
        this.access = access;
        this.monitoring = monitoring;
        this.register = register;
    }

    @Override
    public Class<Consent> getResourceType() {
        return Consent.class;
    }

    @Read
    public Consent read(@IdParam IdType id) {
        return byId(FhirActor.current(), FhirRefs.uuid(id, "Consent"));
    }

    @Search
    public List<Consent> search(
            @OptionalParam(name = Consent.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = "subject") ReferenceParam subject,
            @OptionalParam(name = "_id") TokenAndListParam ids,
            @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
            @OptionalParam(name = Consent.SP_STATUS) TokenParam status) {
        Actor actor = FhirActor.current();
        return new PatientSearch<>(person -> everything(actor, person), id -> byId(actor, id))
                .search(actor, subject, patient, new SearchFilter(ids, lastUpdated, status),
                        c -> c.getStatus().toCode(), STATUS_SYSTEM);
    }

    @Override
    public void ask(EverythingRequest request) {
        request.ask(SOURCE_CONSENTS, () -> monitoring.consentsQuery(request.grant()));
    }

    @Override
    public List<Consent> everything(EverythingRequest request) {
        return consents(request.answer(SOURCE_CONSENTS), request.patient().person());
    }

    /** The key under which {@code $everything} asks for the person's self-monitoring source consents. */
    private static final String SOURCE_CONSENTS = "source consents";

    private List<Consent> everything(Actor actor, PersonId person) {
        return consents(access.read(actor, person, "consents"));
    }

    private List<Consent> consents(AccessGrant grant) {
        return consents(monitoring.consents(grant), register.get(grant));
    }

    /** The source consents, then the data opt-out if the person has one. */
    private static List<Consent> consents(List<SourceConsent> sources, Person whose) {
        List<Consent> all = new ArrayList<>(sources.stream().map(ConsentMapper::toFhir).toList());
        if (whose.demographics().dataOptOut()) {
            all.add(ConsentMapper.optOut(whose));
        }
        return all;
    }

    /** A source consent by its own id, or the data opt-out by the person's id. */
    private Consent byId(Actor actor, UUID id) {
        Optional<PersonId> person = monitoring.personOfConsent(id);
        PersonId whose = person.orElseGet(() -> new PersonId(id));
        if (person.isEmpty() && !register.exists(whose)) {
            throw new NotFoundException("There is no Consent with that id.");
        }
        return consents(access.read(actor, whose, "consents")).stream()
                .filter(c -> c.getIdElement().getIdPart().equals(id.toString())).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no Consent with that id."));
    }
}
