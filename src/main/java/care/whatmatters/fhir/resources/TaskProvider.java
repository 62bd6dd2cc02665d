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
import care.whatmatters.socialprescribing.ReferralRecords;
import care.whatmatters.socialprescribing.domain.Referral;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;

/**
 * The closed-loop work on each referral to social prescribing (one Task per referral, with its id), read-only:
 * read, and search by subject/patient, _id, _lastUpdated, status.
 */
@Component
public class TaskProvider implements IResourceProvider, PatientCompartment {

    static final String STATUS_SYSTEM = "http://hl7.org/fhir/task-status";

    private final ReferralRecords referrals;

    TaskProvider(ReferralRecords referrals) {
        this.referrals = referrals;
    }

    @Override
    public Class<Task> getResourceType() {
        return Task.class;
    }

    @Read
    public Task read(@IdParam IdType id) {
        return byId(FhirActor.current(), FhirRefs.uuid(id, "Task"));
    }

    @Search
    public List<Task> search(
            @OptionalParam(name = Task.SP_SUBJECT) ReferenceParam subject,
            @OptionalParam(name = Task.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = "_id") TokenAndListParam ids,
            @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
            @OptionalParam(name = Task.SP_STATUS) TokenParam status) {
        Actor actor = FhirActor.current();
        return new PatientSearch<>(person -> everything(actor, person), id -> byId(actor, id))
                .search(actor, subject, patient, new SearchFilter(ids, lastUpdated, status),
                        t -> t.getStatus().toCode(), STATUS_SYSTEM);
    }

    @Override
    public void ask(EverythingRequest request) {
        request.ask(ServiceRequestProvider.REFERRALS, () -> referrals.referralsQuery(request.grant()));
    }

    @Override
    public List<Task> everything(EverythingRequest request) {
        return tasks(request.answer(ServiceRequestProvider.REFERRALS));
    }

    private List<Task> everything(Actor actor, PersonId person) {
        return tasks(referrals.referrals(actor, person));
    }

    private static List<Task> tasks(List<Referral> referrals) {
        return referrals.stream().map(TaskMapper::toFhir).toList();
    }

    private Task byId(Actor actor, java.util.UUID id) {
        var referral = referrals.one(actor, id).referral();
        if (!referral.id().equals(id)) {
            // An onward referral's id: it is a ServiceRequest, with no Task of its own.
            throw new care.whatmatters.shared.NotFoundException("There is no Task with that id.");
        }
        return TaskMapper.toFhir(referral);
    }
}
