package care.whatmatters.person;

import care.whatmatters.person.domain.Demographics;
import care.whatmatters.person.domain.Disability;
import care.whatmatters.person.domain.EthnicGroup;
import care.whatmatters.person.domain.Postcode;
import care.whatmatters.person.domain.Sex;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.NhsNumber;
import java.time.LocalDate;

/**
 * Demographics as typed into a form or sent as JSON: text, checked and turned into {@link Demographics}
 * with every problem reported at once.
 */
public record PersonDetails(
        String nhsNumber,
        String givenName,
        String familyName,
        String dateOfBirth,
        String sex,
        String gender,
        String ethnicity,
        String postcode,
        Integer deprivationDecile,
        String preferredLanguage,
        Boolean interpreterNeeded,
        String communicationNeeds,
        String disability,
        Boolean dataOptOut) {

    public Demographics toDemographics(LocalDate today) {
        return toDemographics(today, true);
    }

    /**
     * As {@link #toDemographics(LocalDate)}; {@code nhsNumberRequired} false only for a connected system
     * registering someone it knows by its own identifier, before their NHS number is traced. A number that is
     * given is always checked.
     */
    public Demographics toDemographics(LocalDate today, boolean nhsNumberRequired) {
        InputCheck check = new InputCheck();
        NhsNumber nhs = !nhsNumberRequired && (nhsNumber == null || nhsNumber.isBlank()) ? null
                : check.value(() -> NhsNumber.parse(nhsNumber));
        Postcode code = postcode == null || postcode.isBlank() ? null : check.value(() -> Postcode.parse(postcode));
        Demographics d = new Demographics(nhs, givenName, familyName, check.date("dateOfBirth", dateOfBirth),
                check.choice("sex", Sex.class, sex), gender, check.choice("ethnicity", EthnicGroup.class, ethnicity),
                code, deprivationDecile, preferredLanguage, Boolean.TRUE.equals(interpreterNeeded), communicationNeeds,
                check.choice("disability", Disability.class, disability), Boolean.TRUE.equals(dataOptOut));
        Demographics.check(check, d, today);
        check.orThrow();
        return d;
    }
}
