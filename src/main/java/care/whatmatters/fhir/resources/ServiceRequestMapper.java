package care.whatmatters.fhir.resources;

import care.whatmatters.socialprescribing.ReferralRequest;
import care.whatmatters.socialprescribing.domain.Coding;
import care.whatmatters.socialprescribing.domain.OnwardReferral;
import care.whatmatters.socialprescribing.domain.OnwardStatus;
import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.domain.ReferralSource;
import care.whatmatters.socialprescribing.domain.ReferralStatus;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;

/**
 * A referral to social prescribing as a ServiceRequest: the request itself (who referred, why, to whom), its
 * status the FHIR request status. The closed-loop steps are the Task's ({@link TaskMapper}).
 */
final class ServiceRequestMapper {

    static final String LINK_WORKER = "Social prescribing link worker";

    private final Coding referralCode;

    /** @param referralCode SNOMED CT "Referral to social prescribing service", as the platform is configured */
    ServiceRequestMapper(Coding referralCode) {
        this.referralCode = referralCode;
    }

    ServiceRequest toFhir(Referral r) {
        ServiceRequest sr = new ServiceRequest();
        sr.setId(new IdType("ServiceRequest", r.id().toString()));
        sr.getMeta().setVersionId(Long.toString(r.version())).setLastUpdated(Date.from(r.updated().at()));
        sr.setStatus(status(r));
        sr.setIntent(ServiceRequestIntent.ORDER);
        sr.addCategory(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(LocalCodes.REFERRAL_SOURCE,
                r.source().name(), r.source().label())).setText(r.source().label()));
        sr.setCode(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(referralCode.system(),
                referralCode.code(), referralCode.display())).setText(referralCode.display()));
        sr.setSubject(FhirRefs.patient(r.person()));
        sr.setAuthoredOn(Date.from(r.receivedAt()));
        sr.setRequester(requester(r));
        sr.setPerformerType(new CodeableConcept().setText(LINK_WORKER));
        if (r.linkWorker() != null) {
            sr.addPerformer(FhirRefs.to(FhirRefs.PRACTITIONER, r.linkWorker().id().value(), r.linkWorker().name()));
        }
        sr.addReasonCode(new CodeableConcept().setText(r.reasons()));
        r.needs().forEach(need -> sr.addOrderDetail(new CodeableConcept().setText(need)));
        if (r.record().planSummary() != null) {
            sr.addNote(new Annotation().setText("Agreed with the link worker: " + r.record().planSummary()));
        }
        if (r.record().declinedReason() != null) {
            sr.addNote(new Annotation().setText("Declined: " + r.record().declinedReason()));
        }
        return sr;
    }

    /**
     * An onward referral, from the link worker to a community service in the directory, as a ServiceRequest of
     * its own (its own id) based on the referral: the service is the performer, and its answer the status (sent
     * or accepted: active, and completed once the referral closes; declined by the service: revoked).
     */
    ServiceRequest onward(Referral r, OnwardReferral o) {
        ServiceRequest sr = new ServiceRequest();
        sr.setId(new IdType("ServiceRequest", o.id().toString()));
        sr.getMeta().setLastUpdated(Date.from((o.answered() != null ? o.answered() : o.sent()).at()));
        sr.setStatus(o.status() == OnwardStatus.DECLINED ? ServiceRequestStatus.REVOKED
                : r.status() == ReferralStatus.CLOSED ? ServiceRequestStatus.COMPLETED : ServiceRequestStatus.ACTIVE);
        sr.setIntent(ServiceRequestIntent.ORDER);
        sr.addBasedOn(new Reference("ServiceRequest/" + r.id()));
        sr.setCode(new CodeableConcept().setText("Onward referral to a community service"));
        sr.setSubject(FhirRefs.patient(r.person()));
        sr.setAuthoredOn(Date.from(o.sent().at()));
        sr.setRequester(r.linkWorker() == null ? new Reference().setDisplay(o.sent().by())
                : FhirRefs.to(FhirRefs.PRACTITIONER, r.linkWorker().id().value(), r.linkWorker().name()));
        sr.addPerformer(FhirRefs.to("HealthcareService", o.serviceId(), o.serviceName()
                + (o.organisationName() == null ? "" : " (" + o.organisationName() + ")")));
        if (o.note() != null) {
            sr.addNote(new Annotation().setText(o.note()));
        }
        if (o.status() != OnwardStatus.SENT) {
            sr.addNote(new Annotation().setText(o.status().label()
                    + (o.answerReason() == null ? "" : ": " + o.answerReason())));
        }
        return sr;
    }

    /** The referral and each of its onward referrals. */
    List<ServiceRequest> all(Referral r) {
        List<ServiceRequest> all = new java.util.ArrayList<>(List.of(toFhir(r)));
        r.onwardReferrals().forEach(o -> all.add(onward(r, o)));
        return all;
    }

    /**
     * Open referrals are active; one the person declined was ended before it was carried out (revoked, also
     * once closed); one closed after its loop ran is completed.
     */
    static ServiceRequestStatus status(Referral r) {
        boolean declined = r.status() == ReferralStatus.DECLINED || r.record().declinedReason() != null;
        if (declined) {
            return ServiceRequestStatus.REVOKED;
        }
        return r.status() == ReferralStatus.CLOSED ? ServiceRequestStatus.COMPLETED : ServiceRequestStatus.ACTIVE;
    }

    private static Reference requester(Referral r) {
        if (r.referrer().practitioner() != null) {
            return FhirRefs.to(FhirRefs.PRACTITIONER, r.referrer().practitioner().value(), r.referrer().signature());
        }
        if (r.source() == ReferralSource.SELF) {
            return FhirRefs.patient(r.person()).setDisplay(r.referrer().signature());
        }
        return new Reference().setDisplay(r.referrer().signature());
    }

    /** What a new referral would be made from: the source, the reasons and the needs (the round trip). */
    static ReferralRequest toRequest(ServiceRequest sr) {
        String source = sr.getCategory().stream().flatMap(c -> c.getCoding().stream())
                .filter(c -> LocalCodes.REFERRAL_SOURCE.equals(c.getSystem())).map(c -> c.getCode()).findFirst()
                .orElse(null);
        String reasons = sr.getReasonCode().stream().map(CodeableConcept::getText).findFirst().orElse(null);
        List<String> needs = sr.getOrderDetail().stream().map(CodeableConcept::getText).toList();
        return new ReferralRequest(source, reasons, needs);
    }
}
