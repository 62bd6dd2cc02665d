package care.whatmatters.fhir.resources;

import care.whatmatters.team.Practitioner;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;

/**
 * A practitioner who may join care teams, as a Practitioner: their name as they are known and their profession.
 * Nothing about their account (username, password, sign-ins) leaves the platform.
 */
final class PractitionerMapper {

    private PractitionerMapper() {
    }

    static org.hl7.fhir.r4.model.Practitioner toFhir(Practitioner p) {
        org.hl7.fhir.r4.model.Practitioner fhir = new org.hl7.fhir.r4.model.Practitioner();
        fhir.setId(new IdType("Practitioner", p.id().value().toString()));
        fhir.setActive(true);
        fhir.addName(new HumanName().setText(p.name()));
        fhir.addQualification().setCode(new CodeableConcept().setText(p.profession().label()));
        return fhir;
    }
}
