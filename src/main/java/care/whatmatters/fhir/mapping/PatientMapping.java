package care.whatmatters.fhir.mapping;

import care.whatmatters.person.ConnectedRecord;
import care.whatmatters.person.PersonDetails;
import care.whatmatters.person.domain.ContactDetails;
import care.whatmatters.person.domain.Demographics;
import care.whatmatters.person.domain.OtherIdentifier;
import care.whatmatters.person.domain.Sex;
import care.whatmatters.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * Patient ⇄ the person record. The NHS number is the identifier with system {@value #NHS_NUMBER}; other
 * identifiers, the first phone number and the first address are kept as sent. Elements the record has no
 * place for (more names, more addresses, contacts, links) are not stored, and so are not returned.
 */
public final class PatientMapping {

    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

    private PatientMapping() {
    }

    public static Patient toFhir(ConnectedRecord record) {
        Demographics d = record.person().demographics();
        Patient p = new Patient();
        p.setId(record.person().id().value().toString());
        p.getMeta().setVersionId(Long.toString(record.version()))
                .setLastUpdated(References.date(record.person().updated().at()));
        if (d.nhsNumber() != null) {
            p.addIdentifier().setSystem(NHS_NUMBER).setValue(d.nhsNumber().value());
        }
        record.identifiers().forEach(i -> p.addIdentifier().setSystem(i.system()).setValue(i.value()));
        p.setActive(true);
        HumanName name = p.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(d.familyName());
        Arrays.stream(d.givenName().trim().split("\\s+")).forEach(name::addGiven);
        if (d.sex() != null) {
            p.setGender(switch (d.sex()) {
                case FEMALE -> AdministrativeGender.FEMALE;
                case MALE -> AdministrativeGender.MALE;
                case INDETERMINATE -> AdministrativeGender.OTHER;
                case NOT_KNOWN -> AdministrativeGender.UNKNOWN;
            });
        }
        p.setBirthDateElement(References.day(d.dateOfBirth()));
        ContactDetails c = record.contact();
        if (c.phone() != null) {
            p.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(c.phone());
        }
        if (c.addressLine() != null || c.city() != null || d.postcode() != null || c.country() != null) {
            Address a = p.addAddress();
            if (c.addressLine() != null) {
                Arrays.stream(c.addressLine().split("\n")).forEach(a::addLine);
            }
            a.setCity(c.city()).setCountry(c.country());
            if (d.postcode() != null) {
                a.setPostalCode(d.postcode().value());
            }
        }
        if (d.preferredLanguage() != null) {
            p.addCommunication().setPreferred(true).getLanguage().setText(d.preferredLanguage());
        }
        return p;
    }

    /** What the Patient says, as the person module's inputs; the module checks it (422 with every problem). */
    public static Incoming fromFhir(Patient p) {
        String nhs = null;
        List<OtherIdentifier> others = new ArrayList<>();
        for (int i = 0; i < p.getIdentifier().size(); i++) {
            Identifier id = p.getIdentifier().get(i);
            if (NHS_NUMBER.equals(id.getSystem())) {
                nhs = id.getValue();
            } else {
                others.add(new OtherIdentifier(id.getSystem(), id.getValue()));
            }
        }
        HumanName name = p.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(p.getName().isEmpty() ? new HumanName() : p.getName().getFirst());
        String given = name.getGiven().stream().map(StringType::getValue).filter(s -> s != null && !s.isBlank())
                .reduce((a, b) -> a + " " + b).orElse(null);
        if (p.hasBirthDateElement() && p.getBirthDateElement().getPrecision()
                != ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
            throw InvalidInputException.of("birthDate", "must be a full date (year, month and day)");
        }
        String born = p.hasBirthDate() ? p.getBirthDateElement().getValueAsString() : null;
        String language = p.getCommunication().stream().filter(x -> x.getLanguage().hasText())
                .map(x -> x.getLanguage().getText()).findFirst().orElse(null);
        Address a = p.getAddress().isEmpty() ? new Address() : p.getAddress().getFirst();
        String lines = a.getLine().stream().map(StringType::getValue).filter(s -> s != null && !s.isBlank())
                .reduce((x, y) -> x + "\n" + y).orElse(null);
        // A phone entry without a number carries nothing to keep (and a null in findFirst would throw).
        String phone = p.getTelecom().stream().filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE)
                .filter(ContactPoint::hasValue).map(ContactPoint::getValue).findFirst().orElse(null);
        PersonDetails details = new PersonDetails(nhs, given, name.getFamily(), born, sex(p), null, null,
                a.getPostalCode(), null, language, null, null, null, null);
        return new Incoming(details, others, new ContactDetails(phone, lines, a.getCity(), a.getCountry()));
    }

    private static String sex(Patient p) {
        if (!p.hasGender()) {
            return null;
        }
        return switch (p.getGender()) {
            case FEMALE -> Sex.FEMALE.name();
            case MALE -> Sex.MALE.name();
            case OTHER -> Sex.INDETERMINATE.name();
            default -> Sex.NOT_KNOWN.name();
        };
    }

    /** A Patient as the person module takes it. */
    public record Incoming(PersonDetails details, List<OtherIdentifier> identifiers, ContactDetails contact) {
    }
}
