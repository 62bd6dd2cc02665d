package care.whatmatters.person.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;

/**
 * An identifier another system knows the person by: the system (a URI naming the issuer) and the value
 * there. One identifier names one person on the platform.
 */
public record OtherIdentifier(String system, String value) {

    public void check(InputCheck check, String field) {
        check.requiredText(field + ".system", system, FreeText.LINE)
                .requiredText(field + ".value", value, FreeText.LINE);
    }
}
