package care.whatmatters.outcome.domain;

import java.util.List;
import java.util.Map;

/** WEMWBS: 14 items, each 1–5, summed to a total of 14–70 (warwick.ac.uk). Higher is better. */
public final class Wemwbs {

    private Wemwbs() {
    }

    public static ScoreSheet score(List<Integer> answers) {
        List<Integer> a = Items.check(answers, 1, 5, 14);
        return new ScoreSheet(Measure.WEMWBS, List.of(ScoreLine.of("total", "WEMWBS total", Items.sum(a))), Map.of());
    }
}
