package care.whatmatters.outcome.domain;

import java.util.List;
import java.util.Map;

/**
 * SWEMWBS: 7 items, each 1–5; the raw total (7–35) must be converted to the metric score with the published
 * conversion table ({@link SwemwbsConversion}) before it is compared or reported. Higher is better.
 */
public final class Swemwbs {

    private Swemwbs() {
    }

    public static ScoreSheet score(List<Integer> answers) {
        List<Integer> a = Items.check(answers, 1, 5, 7);
        int raw = Items.sum(a);
        return new ScoreSheet(Measure.SWEMWBS, List.of(
                ScoreLine.of("raw", "Raw total", raw),
                ScoreLine.of("metric", "SWEMWBS metric score", SwemwbsConversion.metric(raw))), Map.of());
    }
}
