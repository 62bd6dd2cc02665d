package care.whatmatters.budget.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;

/**
 * The basis on which the person has a budget and the evidence for it, such as "CHC eligibility confirmed by
 * the ICB panel on 3 March".
 */
public record Eligibility(EligibilityBasis basis, String evidence) {

    void check(InputCheck check, Integer ageOnStart) {
        check.required("basis", basis).requiredText("eligibilityNote", evidence, FreeText.SHORT);
        if (basis != null && ageOnStart != null && !basis.allowsAge(ageOnStart)) {
            check.that(false, "basis", "does not fit: " + basis.label() + " " + basis.ageRule()
                    + ", and the person will be " + ageOnStart + " when the budget starts");
        }
    }
}
