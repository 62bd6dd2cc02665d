package care.whatmatters.budget.domain;

import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.Money;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of things (hours, weeks, years, items) with up to two decimal places, held exactly in
 * hundredths: 17.5 hours is 1750.
 */
public record Quantity(long hundredths) {

    public static final Quantity ONE = new Quantity(100);
    /** The largest quantity anyone can type: 100,000. */
    public static final long MAX_HUNDREDTHS = 10_000_000L;

    private static final Pattern WRITTEN = Pattern.compile("^(0|[1-9][0-9]{0,5})(?:\\.([0-9]{1,2}))?$");

    public Quantity {
        if (hundredths < 0) {
            throw new IllegalArgumentException("a quantity cannot be negative");
        }
    }

    public static Quantity parse(String field, String written) {
        if (written == null || written.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        Matcher m = WRITTEN.matcher(written.strip());
        if (!m.matches()) {
            throw InvalidInputException.of(field, "must be a number with at most two decimal places, such as 52 or 17.5");
        }
        String decimals = m.group(2) == null ? "00" : (m.group(2) + "0").substring(0, 2);
        long value = Long.parseLong(m.group(1)) * 100 + Long.parseLong(decimals);
        if (value > MAX_HUNDREDTHS) {
            throw InvalidInputException.of(field, "must be at most 100000");
        }
        return new Quantity(value);
    }

    /** {@code price} × this quantity, to the nearest penny (halves up). */
    public Money times(Money price) {
        return price.scaled(hundredths, 100);
    }

    public boolean isZero() {
        return hundredths == 0;
    }

    /** As written: "52", "17.5", "0.25". */
    public String written() {
        long whole = hundredths / 100;
        long part = hundredths % 100;
        if (part == 0) {
            return Long.toString(whole);
        }
        return whole + "." + (part % 10 == 0 ? Long.toString(part / 10) : (part < 10 ? "0" : "") + part);
    }

    @Override
    public String toString() {
        return written();
    }
}
