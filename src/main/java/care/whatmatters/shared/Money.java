package care.whatmatters.shared;

import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in whole pence, held in a {@code long}: never floating point, so every sum is exact.
 * Arithmetic refuses to overflow ({@link ArithmeticException}) rather than wrap round, and anything divided
 * (a percentage, a share) is rounded to the nearest penny with halves rounded up, said so wherever it is shown.
 * <p>
 * Amounts typed by people are read by {@link #parse}: pounds with an optional "£", commas only between
 * groups of three digits, and pence written as exactly two digits ("12.50", never "12.5").
 */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** The largest amount anyone can type, £10,000,000.00: anything larger is taken to be a mistake. */
    public static final Money MAX_INPUT = new Money(1_000_000_000L);

    private static final Pattern WRITTEN =
            Pattern.compile("^£?(0|[1-9][0-9]{0,11}|[1-9][0-9]{0,2}(?:,[0-9]{3}){1,3})(?:\\.([0-9]{2}))?$");
    private static final String EXAMPLE = "write it in pounds and pence, such as 1,250.00 or £1250";

    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    public static Money ofPounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100L));
    }

    /** Reads an amount a person typed; a problem is reported against {@code field}. */
    public static Money parse(String field, String written) {
        if (written == null || written.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        String text = written.strip();
        if (text.startsWith("-") || text.startsWith("−") || text.startsWith("£-")) {
            throw InvalidInputException.of(field, "must not be negative");
        }
        Matcher m = WRITTEN.matcher(text);
        if (!m.matches()) {
            boolean oddPence = text.matches("^£?[0-9,]+\\.[0-9]?$") || text.matches("^£?[0-9,]+\\.[0-9]{3,}$");
            throw InvalidInputException.of(field, oddPence
                    ? "must have exactly two digits of pence, such as 12.50" : "is not an amount of money: " + EXAMPLE);
        }
        long pounds = Long.parseLong(m.group(1).replace(",", ""));
        long pence = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        if (pounds > MAX_INPUT.pence / 100 || (pounds == MAX_INPUT.pence / 100 && pence > 0)) {
            throw InvalidInputException.of(field, "must be at most " + MAX_INPUT.formatted());
        }
        return new Money(pounds * 100 + pence);
    }

    /** Pounds as written in a feed or a form ("3", "3.5", "3.50"); more than two decimal places is refused. */
    public static Money ofPounds(BigDecimal pounds) {
        try {
            return new Money(pounds.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw InvalidInputException.of("amount", "must be in pounds and whole pence, such as 3.50");
        }
    }

    /** The amount in pounds, exactly (two decimal places). */
    public BigDecimal pounds() {
        return BigDecimal.valueOf(pence, 2);
    }

    public boolean isFree() {
        return pence == 0;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(pence, factor));
    }

    public Money negate() {
        return new Money(Math.negateExact(pence));
    }

    /**
     * This amount × numerator ÷ denominator, to the nearest penny, halves away from zero: used for
     * quantities in hundredths (× 250 ÷ 100 for 2.5) and percentages in basis points (× 750 ÷ 10,000).
     */
    public Money scaled(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        long product = Math.multiplyExact(pence, numerator);
        long quotient = product / denominator;
        long remainder = Math.abs(product % denominator);
        if (remainder * 2 >= denominator) {
            quotient = Math.addExact(quotient, product < 0 ? -1 : 1);
        }
        return new Money(quotient);
    }

    /**
     * Shares this amount in proportion to {@code weights}, exactly: the shares always add up to this amount.
     * Each share is first rounded down; the pence left over go one each to the largest remainders (the
     * earlier weight first on a tie). Used to split a payment between funders.
     */
    public List<Money> allocate(List<Money> weights) {
        if (pence < 0) {
            throw new IllegalArgumentException("only a positive amount can be shared");
        }
        long total = weights.stream().mapToLong(w -> requireNonNegative(w).pence).reduce(0L, Math::addExact);
        if (total == 0) {
            throw new IllegalArgumentException("at least one weight must be above zero");
        }
        long[] shares = new long[weights.size()];
        long[] remainders = new long[weights.size()];
        long given = 0;
        for (int i = 0; i < shares.length; i++) {
            long product = Math.multiplyExact(pence, weights.get(i).pence);
            shares[i] = product / total;
            remainders[i] = product % total;
            given += shares[i];
        }
        for (long left = pence - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        List<Money> result = new ArrayList<>(shares.length);
        for (long share : shares) {
            result.add(new Money(share));
        }
        return result;
    }

    public boolean isZero() {
        return pence == 0;
    }

    public boolean isPositive() {
        return pence > 0;
    }

    public boolean isNegative() {
        return pence < 0;
    }

    public boolean isGreaterThan(Money other) {
        return pence > other.pence;
    }

    public boolean isLessThan(Money other) {
        return pence < other.pence;
    }

    public Money min(Money other) {
        return pence <= other.pence ? this : other;
    }

    public Money max(Money other) {
        return pence >= other.pence ? this : other;
    }

    /** As people read it: "£1,234.56", "-£0.50". */
    public String formatted() {
        String digits = plain();
        boolean negative = digits.startsWith("-");
        String unsigned = negative ? digits.substring(1) : digits;
        int point = unsigned.indexOf('.');
        StringBuilder pounds = new StringBuilder(unsigned.substring(0, point));
        for (int i = pounds.length() - 3; i > 0; i -= 3) {
            pounds.insert(i, ',');
        }
        return (negative ? "-£" : "£") + pounds + unsigned.substring(point);
    }

    /** As a price reads in a sentence: "£3", "£2.50" (no pence when there are none). */
    public String brief() {
        return pence % 100 == 0 ? formatted().substring(0, formatted().length() - 3) : formatted();
    }

    /** For files and machines: "1234.56", "-0.50" (no symbol, no grouping). */
    public String plain() {
        long abs = Math.abs(pence);
        String sign = pence < 0 ? "-" : "";
        long pounds = pence == Long.MIN_VALUE ? Long.MAX_VALUE / 100 : abs / 100;
        long rest = pence == Long.MIN_VALUE ? 8 : abs % 100;
        return sign + pounds + "." + (rest < 10 ? "0" : "") + rest;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static Money requireNonNegative(Money weight) {
        if (weight.isNegative()) {
            throw new IllegalArgumentException("weights must not be negative");
        }
        return weight;
    }
}
