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
import care.whatmatters.access.Actor;
import care.whatmatters.fhir.PatientCompartment;
import care.whatmatters.shared.PersonId;
import care.whatmatters.socialprescribing.MessageBackCodes;
import care.whatmatters.socialprescribing.ReferralRecords;
import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.domain.ReferralStatus;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Component;

/**
 * Referrals to social prescribing and their onward referrals to community services, read-only: read, and search
 * by subject/patient, _id, _lastUpdated, status.
 */
@Component
public class ServiceRequestProvider implements IResourceProvider, PatientCompartment {

    static final String STATUS_SYSTEM = "http://hl7.org/fhir/request-status";

    private final ReferralRecords referrals;
    private final ServiceRequestMapper mapper;

    ServiceRequestProvider(ReferralRecords referrals, MessageBackCodes codes) {
        this.referrals = referrals;
        this.mapper = new ServiceRequestMapper(codes.forClosing(ReferralStatus.CLOSED).get(0));
    }

    @Override
    public Class<ServiceRequest> getResourceType() {
        return ServiceRequest.class;
    }

    @Read
    public ServiceRequest read(@IdParam IdType id) {
        return byId(FhirActor.current(), FhirRefs.uuid(id, "ServiceRequest"));
    }

    @Search
    public List<ServiceRequest> search(
            @OptionalParam(name = ServiceRequest.SP_SUBJECT) ReferenceParam subject,
            @OptionalParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = "_id") TokenAndListParam ids,
            @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
            @OptionalParam(name = ServiceRequest.SP_STATUS) TokenParam status) {
        Actor actor = FhirActor.current();
        return new PatientSearch<>(person -> everything(actor, person), id -> byId(actor, id))
                .search(actor, subject, patient, new SearchFilter(ids, lastUpdated, status),
                        sr -> sr.getStatus().toCode(), STATUS_SYSTEM);
    }

    @Override
    public void ask(EverythingRequest request) {
        request.ask(REFERRALS, () -> referrals.referralsQuery(request.grant()));
    }

    @Override
    public List<ServiceRequest> everything(EverythingRequest request) {
        return serviceRequests(request.answer(REFERRALS));
    }

    private List<ServiceRequest> everything(Actor actor, PersonId person) {
        return serviceRequests(referrals.referrals(actor, person));
    }

    private List<ServiceRequest> serviceRequests(List<Referral> referrals) {
        return referrals.stream().flatMap(r -> mapper.all(r).stream()).toList();
    }

    /** The key under which {@code $everything} shares a person's referrals between ServiceRequest and Task. */
    static final String REFERRALS = "referrals";

    private ServiceRequest byId(Actor actor, java.util.UUID id) {
        return mapper.all(referrals.one(actor, id).referral()).stream()
                .filter(sr -> sr.getIdElement().getIdPart().equals(id.toString())).findFirst().orElseThrow();
    }
}
