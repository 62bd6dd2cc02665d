package care.whatmatters.person;

import care.whatmatters.person.domain.Demographics;
import care.whatmatters.person.domain.Person;
import java.time.LocalDate;
import java.util.UUID;

/** A person's demographics as the JSON API shows them. */
public record PersonView(UUID id, String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth,
        String sex, String gender, String ethnicity, String ethnicGroup, String postcode, Integer deprivationDecile,
        String preferredLanguage, boolean interpreterNeeded, String communicationNeeds, String disability,
        boolean dataOptOut) {

    public static PersonView of(Person p) {
        Demographics d = p.demographics();
        return new PersonView(p.id().value(), d.nhsNumber() == null ? null : d.nhsNumber().value(), d.givenName(), d.familyName(), d.dateOfBirth(),
                name(d.sex()), d.gender(), name(d.ethnicity()), d.ethnicity() == null ? null : d.ethnicity().heading(),
                d.postcode() == null ? null : d.postcode().value(), d.deprivationDecile(), d.preferredLanguage(),
                d.interpreterNeeded(), d.communicationNeeds(), name(d.disability()), d.dataOptOut());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
