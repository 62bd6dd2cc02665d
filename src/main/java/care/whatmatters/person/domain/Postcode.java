package care.whatmatters.person.domain;

import care.whatmatters.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A UK postcode in its standard written form (outward code, space, inward code), e.g. "LS1 4AP". */
public record Postcode(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$");

    public Postcode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw InvalidInputException.of("postcode", "must be a UK postcode, such as LS1 4AP");
        }
    }

    /** Accepts any case and spacing ("ls14ap", "LS1  4AP") and writes it the standard way. */
    public static Postcode parse(String written) {
        String compact = written == null ? "" : written.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        if (compact.length() < 5 || compact.length() > 7) {
            throw InvalidInputException.of("postcode", "must be a UK postcode, such as LS1 4AP");
        }
        return new Postcode(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }

    /** The outward code (the part before the space), which is all that area reports need. */
    public String outward() {
        return value.substring(0, value.indexOf(' '));
    }

    @Override
    public String toString() {
        return value;
    }
}
