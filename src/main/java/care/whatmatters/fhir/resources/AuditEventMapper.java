package care.whatmatters.fhir.resources;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.audit.AuditEntry;
import java.util.Date;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;

/**
 * One line of a person's access log as an AuditEvent: who (the agent, by name and role), what they did (the
 * action), to which part of whose record (the entity: the patient, with the part as its name), on what basis
 * (the purpose of use) and whether it was allowed (the outcome: a refusal is a minor failure).
 */
final class AuditEventMapper {

    static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";

    private AuditEventMapper() {
    }

    static AuditEvent toFhir(AuditEntry e) {
        AuditEvent event = new AuditEvent();
        event.setId(new IdType("AuditEvent", e.id().toString()));
        event.getMeta().setLastUpdated(Date.from(e.occurredAt()));
        event.setType(new Coding(DICOM, "110110", "Patient Record"));
        event.setAction(action(e.action()));
        event.setRecorded(Date.from(e.occurredAt()));
        event.setOutcome(e.allowed() ? AuditEventOutcome._0 : AuditEventOutcome._4);
        event.setOutcomeDesc((e.allowed() ? "Allowed: " : "Refused: ") + e.basis().description());
        purpose(e.basis()).ifPresent(event::addPurposeOfEvent);
        AuditEvent.AuditEventAgentComponent agent = event.addAgent().setRequestor(true)
                .setWho(new Reference().setDisplay(e.actor().name() + (e.actor().role() == null ? ""
                        : ", " + e.actor().role())))
                .setName(e.actor().name());
        if (e.actor().role() != null) {
            agent.addRole(new CodeableConcept().setText(e.actor().role()));
        }
        if (e.reason() != null) {
            agent.addPurposeOfUse(new CodeableConcept().setText(e.reason()));
        }
        event.getSource().setObserver(new Reference().setDisplay("WhatMatters"));
        if (e.personId() != null) {
            event.addEntity().setWhat(FhirRefs.patient(e.personId()))
                    .setType(new Coding(ENTITY_TYPE, "1", "Person"))
                    .setRole(new Coding(OBJECT_ROLE, "1", "Patient"))
                    .setName(e.resource())
                    .setDescription(e.action().verb() + " " + e.resource());
        }
        return event;
    }

    /** Reads are R, searches E (a query executed), additions C, changes and voiding U (nothing is deleted). */
    static AuditEventAction action(AuditAction a) {
        return switch (a) {
            case READ, EXPORT -> AuditEventAction.R;
            case SEARCH -> AuditEventAction.E;
            case CREATE, BREAK_GLASS -> AuditEventAction.C;
            case UPDATE, VOID -> AuditEventAction.U;
        };
    }

    /** The basis for access as a v3 purpose of use; a refusal had none. */
    static java.util.Optional<CodeableConcept> purpose(AccessBasis basis) {
        String[] code = switch (basis) {
            case OWN_RECORD -> new String[] {"PATRQT", "patient requested"};
            case REPRESENTATIVE -> new String[] {"FAMRQT", "family requested"};
            case CARE_TEAM, REFERRAL -> new String[] {"TREAT", "treatment"};
            case BREAK_GLASS -> new String[] {"ETREAT", "Emergency Treatment"};
            case BUDGET_APPROVAL -> new String[] {"HPAYMT", "healthcare payment"};
            case NONE -> null;
        };
        return code == null ? java.util.Optional.empty() : java.util.Optional.of(new CodeableConcept()
                .addCoding(new Coding(LocalCodes.V3_ACT_REASON, code[0], code[1])).setText(basis.description()));
    }
}
