package care.whatmatters.fhir.resources;

import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.domain.ReferralEvent;
import care.whatmatters.socialprescribing.domain.ReferralStatus;
import java.util.Date;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskStatus;

/**
 * The work of carrying a referral through its closed loop, as a Task that fulfils the referral's
 * ServiceRequest (same id). {@code status} is the FHIR task status, {@code businessStatus} the domain's own step
 * (received, contacted, ... closed), and the history is the Task's notes, oldest first.
 */
final class TaskMapper {

    static final String TASK_CODES = "http://hl7.org/fhir/CodeSystem/task-code";

    private TaskMapper() {
    }

    static Task toFhir(Referral r) {
        Task t = new Task();
        t.setId(new IdType("Task", r.id().toString()));
        t.getMeta().setVersionId(Long.toString(r.version())).setLastUpdated(Date.from(r.updated().at()));
        t.setStatus(status(r));
        if (t.getStatus() == TaskStatus.CANCELLED) {
            t.setStatusReason(new CodeableConcept().setText("The person chose not to take up social prescribing"
                    + (r.record().declinedReason() == null ? "" : ": " + r.record().declinedReason())));
        }
        t.setBusinessStatus(new CodeableConcept().addCoding(new Coding(LocalCodes.REFERRAL_STEP, r.status().name(),
                r.status().label())).setText(r.status().label() + ": " + r.status().meaning()));
        t.setIntent(TaskIntent.ORDER);
        t.setCode(new CodeableConcept().addCoding(new Coding(TASK_CODES, "fulfill", "Fulfill the focal request")));
        t.setFocus(new Reference("ServiceRequest/" + r.id()));
        t.setFor(FhirRefs.patient(r.person()));
        t.setAuthoredOn(Date.from(r.receivedAt()));
        t.setLastModified(Date.from(r.updated().at()));
        if (r.referrer().practitioner() != null) {
            t.setRequester(FhirRefs.to(FhirRefs.PRACTITIONER, r.referrer().practitioner().value(),
                    r.referrer().signature()));
        } else {
            t.setRequester(new Reference().setDisplay(r.referrer().signature()));
        }
        t.addPerformerType(new CodeableConcept().setText(ServiceRequestMapper.LINK_WORKER));
        if (r.linkWorker() != null) {
            t.setOwner(FhirRefs.to(FhirRefs.PRACTITIONER, r.linkWorker().id().value(), r.linkWorker().name()));
        }
        Period period = new Period().setStart(Date.from(r.receivedAt()));
        r.history().stream().filter(e -> e.to() == ReferralStatus.CLOSED && e.from() != ReferralStatus.CLOSED)
                .findFirst().ifPresent(closed -> period.setEnd(Date.from(closed.at().at())));
        t.setExecutionPeriod(period);
        r.history().forEach(e -> t.addNote(note(e)));
        return t;
    }

    /**
     * Waiting for a link worker: requested; taken but not yet acted on: accepted; working with the person:
     * in progress; declined by the person (then closed): cancelled; closed after the loop ran: completed.
     */
    static TaskStatus status(Referral r) {
        return switch (r.status()) {
            case RECEIVED -> r.linkWorker() == null ? TaskStatus.REQUESTED : TaskStatus.ACCEPTED;
            case CONTACTED, ENGAGED, PLAN_AGREED, CONNECTED, FOLLOW_UP, OUTCOME_MEASURED -> TaskStatus.INPROGRESS;
            case DECLINED -> TaskStatus.CANCELLED;
            case CLOSED -> r.record().declinedReason() != null ? TaskStatus.CANCELLED : TaskStatus.COMPLETED;
        };
    }

    private static Annotation note(ReferralEvent e) {
        String step = e.from() == null || e.from() == e.to() ? e.to().label()
                : e.from().label() + " → " + e.to().label();
        Annotation a = new Annotation().setText(e.note() == null || e.note().isBlank() ? step : step + ": " + e.note());
        a.setAuthor(new StringType(e.at().by()));
        a.setTime(Date.from(e.at().at()));
        return a;
    }
}
