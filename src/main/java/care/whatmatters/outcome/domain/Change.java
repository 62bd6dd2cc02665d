package care.whatmatters.outcome.domain;

import java.math.BigDecimal;

/**
 * How a score moved from the first response to the latest, judged by the measure's own notion of
 * meaningful change.
 *
 * @param direction   BETTER, WORSE or SAME, taking into account which end of the scale is better
 * @param meaningful  whether the change counts as meaningful for this measure
 * @param rule        the rule applied, in words ("a change of 2 or more is clinically important")
 */
public record Change(BigDecimal from, BigDecimal to, BigDecimal difference, Direction direction,
        boolean meaningful, String rule) {

    public enum Direction { BETTER, WORSE, SAME }
}
