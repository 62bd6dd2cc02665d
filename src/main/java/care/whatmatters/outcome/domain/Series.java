package care.whatmatters.outcome.domain;

import java.math.BigDecimal;

/**
 * One score of one measure followed over time, with its scale, which end is better, and when a change is
 * meaningful.
 *
 * @param threshold the smallest change that is meaningful, or null when the rule is a change of band
 *                  ({@code byBand}) or there is no published rule
 */
public record Series(Measure measure, String score, String label, double min, double max, boolean higherIsBetter,
        BigDecimal threshold, boolean byBand, String rule) {

    public String key() {
        return measure.code() + "-" + score;
    }

    Change change(TrendPoint first, TrendPoint last) {
        BigDecimal difference = last.value().subtract(first.value());
        int sign = difference.signum() * (higherIsBetter ? 1 : -1);
        Change.Direction direction = sign > 0 ? Change.Direction.BETTER
                : sign < 0 ? Change.Direction.WORSE : Change.Direction.SAME;
        boolean meaningful = byBand ? first.band() != null && !first.band().equals(last.band())
                : threshold != null && difference.abs().compareTo(threshold) >= 0;
        return new Change(first.value(), last.value(), difference, direction, meaningful, rule);
    }
}
