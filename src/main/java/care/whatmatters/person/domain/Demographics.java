package care.whatmatters.person.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.NhsNumber;
import java.time.LocalDate;

/**
 * Who the person is, for identification and for equity reporting. Only the NHS number, names and date of
 * birth are required; everything else is recorded when the person chooses to share it.
 *
 * @param gender        the person's gender in their own words, when it differs from or adds to sex
 * @param deprivationDecile Index of Multiple Deprivation decile of their area, 1 (most deprived) to 10
 */
public record Demographics(
        NhsNumber nhsNumber,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Sex sex,
        String gender,
        EthnicGroup ethnicity,
        Postcode postcode,
        Integer deprivationDecile,
        String preferredLanguage,
        boolean interpreterNeeded,
        String communicationNeeds,
        Disability disability,
        boolean dataOptOut) {

    /** The earliest date of birth accepted; anything earlier is surely a typing slip. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

    /** Checks the rules that need no database, reporting every problem at once. */
    public static void check(InputCheck check, Demographics d, LocalDate today) {
        check.requiredText("givenName", d.givenName(), FreeText.LINE)
                .requiredText("familyName", d.familyName(), FreeText.LINE)
                .required("dateOfBirth", d.dateOfBirth())
                .text("gender", d.gender(), FreeText.LINE)
                .text("preferredLanguage", d.preferredLanguage(), FreeText.LINE)
                .text("communicationNeeds", d.communicationNeeds(), FreeText.LONG)
                .that(d.deprivationDecile() == null || (d.deprivationDecile() >= 1 && d.deprivationDecile() <= 10),
                        "deprivationDecile", "must be a whole number from 1 (most deprived) to 10 (least deprived)");
        if (d.dateOfBirth() != null) {
            check.that(!d.dateOfBirth().isAfter(today), "dateOfBirth", "cannot be in the future")
                    .that(!d.dateOfBirth().isBefore(EARLIEST_BIRTH), "dateOfBirth", "must be after 1890");
        }
    }

    /**
     * The NHS number as people read it, or a plain statement that it is not known yet (a connected system
     * may register someone before their number is traced).
     */
    public String nhsNumberShown() {
        return nhsNumber == null ? "not yet known" : nhsNumber.formatted();
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public int ageOn(LocalDate day) {
        return java.time.Period.between(dateOfBirth, day).getYears();
    }
}
