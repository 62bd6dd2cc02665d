package care.whatmatters.person.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;

/**
 * How to reach the person, as a connected system sends it: a phone number and a postal address (the
 * postcode is part of {@link Demographics}). Every part is optional; what is given is kept as written.
 */
public record ContactDetails(String phone, String addressLine, String city, String country) {

    public static final ContactDetails NONE = new ContactDetails(null, null, null, null);

    public void check(InputCheck check) {
        check.text("phone", phone, FreeText.LINE)
                .that(phone == null || phone.chars().allMatch(c -> Character.isDigit(c) || " +()-".indexOf(c) >= 0),
                        "phone", "may contain only digits, spaces, +, ( ) and -")
                .text("addressLine", addressLine, FreeText.LINE)
                .text("city", city, FreeText.LINE)
                .text("country", country, FreeText.LINE);
    }
}
