package care.whatmatters.outcome.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * collaboRATE (glynelwyn.com; CC BY-NC-ND): three items, each 0–9, about one encounter. An encounter is
 * "top box" when all three items are at the maximum (9). A service's top-box score is the proportion of its
 * encounters that are top box, reported only with at least 25 responses.
 */
public final class Collaborate {

    public static final int MAXIMUM = 9;
    public static final int FEWEST_FOR_SERVICE_SCORE = 25;

    private Collaborate() {
    }

    public static ScoreSheet score(List<Integer> answers) {
        List<Integer> a = Items.check(answers, 0, MAXIMUM, 3);
        boolean topBox = a.stream().allMatch(x -> x == MAXIMUM);
        return new ScoreSheet(Measure.COLLABORATE, List.of(
                ScoreLine.of("itemsAtMaximum", "Items at the maximum", a.stream().filter(x -> x == MAXIMUM).count())),
                Map.of("topBox", topBox));
    }

    /**
     * The percentage of encounters that were top box, or empty when there are fewer than 25 responses (too
     * few to report).
     */
    public static Optional<BigDecimal> servicePercentage(long topBoxEncounters, long responses) {
        if (responses < FEWEST_FOR_SERVICE_SCORE) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(topBoxEncounters * 100)
                .divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP));
    }
}
