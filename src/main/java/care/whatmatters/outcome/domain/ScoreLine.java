package care.whatmatters.outcome.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One score a measure produces, rounded to two decimals, with its published band when the measure has bands.
 *
 * @param name  the score's name in the API ({@code lifeSatisfaction}, {@code metric}, {@code tScore})
 * @param band  the published band, or null
 */
public record ScoreLine(String name, String label, BigDecimal value, String band) {

    public ScoreLine {
        value = value.setScale(2, RoundingMode.HALF_UP);
    }

    public static ScoreLine of(String name, String label, double value) {
        return new ScoreLine(name, label, BigDecimal.valueOf(value), null);
    }

    public static ScoreLine of(String name, String label, BigDecimal value) {
        return new ScoreLine(name, label, value, null);
    }
}
