package care.whatmatters.fhir.resources;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.socialprescribing.ReferralRequest;
import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.domain.ReferralStatus;
import java.util.List;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferralMappingTest {

    private final ServiceRequestMapper mapper = new ServiceRequestMapper(Fixtures.REFERRAL_CODE);

    @Test
    void aReferralBecomesAServiceRequestCodedAsAReferralToSocialPrescribing() {
        Referral r = Fixtures.received();
        ServiceRequest sr = mapper.toFhir(r);
        assertThat(sr.getIdElement().getIdPart()).isEqualTo(r.id().toString());
        assertThat(sr.getIdElement().getResourceType()).isEqualTo("ServiceRequest");
        assertThat(sr.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://snomed.info/sct");
        assertThat(sr.getCode().getCodingFirstRep().getCode()).isEqualTo("871731000000106");
        assertThat(sr.getSubject().getReference()).isEqualTo("Patient/" + Fixtures.PERSON.value());
        assertThat(sr.getRequester().getReference()).isEqualTo("Practitioner/" + Fixtures.GP.value());
        assertThat(sr.getRequester().getDisplay()).isEqualTo("Dr Priya Shah, GP");
        assertThat(sr.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
        assertThat(sr.getStatus()).isEqualTo(ServiceRequestStatus.ACTIVE);
        assertThat(sr.getAuthoredOn().toInstant()).isEqualTo(r.receivedAt());
        assertThat(sr.getReasonCodeFirstRep().getText()).isEqualTo("Lonely since moving to university");
        assertThat(sr.getOrderDetail()).extracting(c -> c.getText()).containsExactly("loneliness", "getting out");
        assertThat(sr.hasPerformer()).isFalse();
        assertThat(sr.getMeta().getVersionId()).isEqualTo("0");
    }

    @Test
    void theLinkWorkerWhoTookItIsThePerformerAndTheTaskOwner() {
        Referral r = Fixtures.at(ReferralStatus.ENGAGED, false);
        assertThat(mapper.toFhir(r).getPerformerFirstRep().getReference())
                .isEqualTo("Practitioner/" + Fixtures.LINK_WORKER.value());
        assertThat(TaskMapper.toFhir(r).getOwner().getReference())
                .isEqualTo("Practitioner/" + Fixtures.LINK_WORKER.value());
    }

    @Test
    void whatADomainReferralIsMadeFromSurvivesTheRoundTrip() {
        Referral r = Fixtures.received();
        ReferralRequest back = ServiceRequestMapper.toRequest(mapper.toFhir(r));
        assertThat(back).isEqualTo(new ReferralRequest("GP", r.reasons(), r.needs()));
    }

    @ParameterizedTest
    @CsvSource({"RECEIVED,false,active,accepted", "CONTACTED,false,active,in-progress",
        "ENGAGED,false,active,in-progress", "PLAN_AGREED,false,active,in-progress",
        "CONNECTED,false,active,in-progress", "FOLLOW_UP,false,active,in-progress",
        "OUTCOME_MEASURED,false,active,in-progress", "DECLINED,true,revoked,cancelled",
        "CLOSED,true,revoked,cancelled", "CLOSED,false,completed,completed"})
    void eachStepHasATruthfulRequestAndTaskStatus(ReferralStatus step, boolean declined, String request, String task) {
        Referral r = Fixtures.at(step, declined);
        assertThat(mapper.toFhir(r).getStatus().toCode()).isEqualTo(request);
        Task t = TaskMapper.toFhir(r);
        assertThat(t.getStatus().toCode()).isEqualTo(task);
        assertThat(t.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo(step.name());
    }

    @Test
    void aReferralNobodyHasTakenIsARequestedTaskFocusedOnItsServiceRequest() {
        Referral r = Fixtures.received();
        Task t = TaskMapper.toFhir(r);
        assertThat(t.getStatus()).isEqualTo(TaskStatus.REQUESTED);
        assertThat(t.getFocus().getReference()).isEqualTo("ServiceRequest/" + r.id());
        assertThat(t.getFor().getReference()).isEqualTo("Patient/" + Fixtures.PERSON.value());
        assertThat(t.getCode().getCodingFirstRep().getCode()).isEqualTo("fulfill");
        assertThat(t.getNote()).hasSize(1);
        assertThat(t.getNoteFirstRep().getText()).startsWith("Received: Referred by Dr Priya Shah, GP");
    }

    @Test
    void aDeclinedReferralSaysWhyAndAClosedOneWhenItEnded() {
        Task declined = TaskMapper.toFhir(Fixtures.at(ReferralStatus.DECLINED, true));
        assertThat(declined.getStatusReason().getText()).endsWith("Not ready yet");
        Task closed = TaskMapper.toFhir(Fixtures.at(ReferralStatus.CLOSED, false));
        assertThat(closed.getExecutionPeriod().getEnd()).isNotNull();
        assertThat(closed.getNote()).hasSize(2);
    }

    @Test
    void anOnwardReferralIsAServiceRequestBasedOnTheReferralWithTheServiceAsPerformer() {
        Referral r = Fixtures.at(ReferralStatus.CONNECTED, false);
        List<ServiceRequest> all = mapper.all(r);
        assertThat(all).hasSize(2);
        ServiceRequest onward = all.get(1);
        assertThat(onward.getIdElement().getIdPart()).isEqualTo(Fixtures.ONWARD.toString());
        assertThat(onward.getBasedOnFirstRep().getReference()).isEqualTo("ServiceRequest/" + r.id());
        assertThat(onward.getPerformerFirstRep().getReference()).isEqualTo("HealthcareService/" + Fixtures.SERVICE);
        assertThat(onward.getRequester().getReference()).isEqualTo("Practitioner/" + Fixtures.LINK_WORKER.value());
        assertThat(onward.getStatus()).isEqualTo(ServiceRequestStatus.ACTIVE);
        assertThat(mapper.all(Fixtures.at(ReferralStatus.CLOSED, false)).get(1).getStatus())
                .isEqualTo(ServiceRequestStatus.COMPLETED);
    }
}
