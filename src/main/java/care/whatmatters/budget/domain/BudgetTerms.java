package care.whatmatters.budget.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import java.time.LocalDate;

/**
 * What a budget is for and on what basis, who co-ordinates it and when it starts.
 *
 * @param coordinator the care co-ordinator, required before any line is paid by direct payment (NHS direct
 *                    payments regulations 2013, reg 8, as cited in domain brief §1.6)
 */
public record BudgetTerms(String title, Eligibility eligibility, String coordinator, LocalDate startsOn) {

    void check(InputCheck check, Integer ageOnStart, LocalDate today) {
        check.requiredText("title", title, FreeText.LINE).text("coordinator", coordinator, FreeText.LINE)
                .required("startsOn", startsOn);
        eligibility.check(check, ageOnStart);
        if (startsOn != null) {
            check.that(!startsOn.isBefore(today.minusYears(1)), "startsOn", "must be within the last year or later")
                    .that(!startsOn.isAfter(today.plusYears(1)), "startsOn", "must be within the next year");
        }
    }

    public boolean hasCoordinator() {
        return coordinator != null && !coordinator.isBlank();
    }
}
