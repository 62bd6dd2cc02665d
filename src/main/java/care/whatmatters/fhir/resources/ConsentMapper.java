package care.whatmatters.fhir.resources;

import care.whatmatters.person.domain.Person;
import care.whatmatters.selfmanagement.domain.SourceConsent;
import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * What the platform records as consent, as Consent resources: the person's consent to share readings from an
 * app or device (permit; withdrawn ones are inactive), and their national data opt-out when it is recorded (a
 * deny, with the person's id as its id, since the record holds it as a fact about the person).
 */
final class ConsentMapper {

    static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    static final String LOINC = "http://loinc.org";
    static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    static final String NATIONAL_DATA_OPT_OUT = "https://digital.nhs.uk/services/national-data-opt-out";
    static final String URI_SYSTEM = "urn:ietf:rfc:3986";

    private ConsentMapper() {
    }

    static Consent toFhir(SourceConsent c) {
        Consent consent = base(c.id().toString(), c.person());
        consent.getMeta().setLastUpdated(Date.from(c.active() ? c.given().at() : c.withdrawn().at()));
        consent.setStatus(c.active() ? ConsentState.ACTIVE : ConsentState.INACTIVE);
        consent.setDateTime(Date.from(c.given().at()));
        Reference by = c.byPerson() ? FhirRefs.patient(c.person()) : new Reference();
        consent.addPerformer(by.setDisplay(c.given().by()));
        consent.setPolicyRule(new CodeableConcept().addCoding(new Coding(LocalCodes.V3_ACT_CODE, "OPTIN", "opt-in"))
                .setText("Share readings from " + c.name() + " with the care team"));
        Consent.ProvisionComponent provision = consent.getProvision();
        provision.setType(ConsentProvisionType.PERMIT);
        Period period = new Period().setStart(Date.from(c.given().at()));
        if (!c.active()) {
            period.setEnd(Date.from(c.withdrawn().at()));
        }
        provision.setPeriod(period);
        provision.addActor().setRole(new CodeableConcept().addCoding(new Coding(PARTICIPATION, "INF", "informant")))
                .setReference(new Reference().setDisplay(c.name())
                        .setIdentifier(new Identifier().setSystem(URI_SYSTEM).setValue(c.source())));
        return consent;
    }

    /** The national data opt-out, present only when the person has one recorded. */
    static Consent optOut(Person person) {
        Consent consent = base(person.id().value().toString(), person.id());
        consent.getMeta().setLastUpdated(Date.from(lastChange(person)));
        consent.setStatus(ConsentState.ACTIVE);
        consent.setDateTime(Date.from(lastChange(person)));
        consent.setPolicy(java.util.List.of(new Consent.ConsentPolicyComponent().setUri(NATIONAL_DATA_OPT_OUT)));
        consent.setPolicyRule(new CodeableConcept().addCoding(new Coding(LocalCodes.V3_ACT_CODE, "OPTOUT", "opt-out"))
                .setText("National data opt-out: confidential information not to be used for research or planning"));
        consent.getProvision().setType(ConsentProvisionType.DENY);
        return consent;
    }

    private static java.time.Instant lastChange(Person person) {
        return (person.updated() != null ? person.updated() : person.created()).at();
    }

    private static Consent base(String id, care.whatmatters.shared.PersonId person) {
        Consent consent = new Consent();
        consent.setId(new IdType("Consent", id));
        consent.setScope(new CodeableConcept().addCoding(new Coding(CONSENT_SCOPE, "patient-privacy",
                "Privacy Consent")));
        consent.addCategory(new CodeableConcept().addCoding(new Coding(LOINC, "59284-0", "Patient Consent")));
        consent.setPatient(FhirRefs.patient(person));
        return consent;
    }

    /** The app or device a consent names: its URI and its name (the round trip of what a person consents to). */
    record Source(String uri, String name) {
    }

    static Source source(Consent consent) {
        Reference ref = consent.getProvision().getActorFirstRep().getReference();
        return new Source(ref.getIdentifier().getValue(), ref.getDisplay());
    }
}
