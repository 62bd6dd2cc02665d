package care.whatmatters.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of money in whole pence: exact, never floating point. */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    /** Pounds as written in a feed or a form ("3", "3.5", "3.50"); more than two decimal places is refused. */
    public static Money ofPounds(BigDecimal pounds) {
        try {
            return new Money(pounds.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw InvalidInputException.of("amount", "must be in pounds and whole pence, such as 3.50");
        }
    }

    public BigDecimal pounds() {
        return BigDecimal.valueOf(pence, 2);
    }

    public boolean isFree() {
        return pence == 0;
    }

    /** As people write it: "£3.50", "£12". */
    public String formatted() {
        return pence % 100 == 0 ? "£" + pence / 100 : "£" + pounds().toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
