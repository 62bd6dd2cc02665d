package care.whatmatters.outcome.domain;

import care.whatmatters.shared.InputCheck;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * EQ-5D is licensed (EuroQol): the platform never holds its descriptive system, only the scores a licensed
 * user's instrument produced: the index value (at most 1, for full health; the UK value sets go below 0)
 * and the EQ VAS, 0–100.
 */
public final class Eq5d {

    static final BigDecimal LOWEST_INDEX = new BigDecimal("-1");

    private Eq5d() {
    }

    public static ScoreSheet score(Answers.Eq5dScore s) {
        InputCheck check = new InputCheck().required("index", s.index());
        check.that(s.index() == null || (s.index().compareTo(BigDecimal.ONE) <= 0
                && s.index().compareTo(LOWEST_INDEX) >= 0), "index", "must be from -1 to 1");
        check.that(s.vas() == null || (s.vas() >= 0 && s.vas() <= 100), "vas", "must be a whole number from 0 to 100");
        check.orThrow();
        List<ScoreLine> lines = new ArrayList<>();
        lines.add(ScoreLine.of("index", "EQ-5D index value", s.index()));
        if (s.vas() != null) {
            lines.add(ScoreLine.of("vas", "EQ VAS", s.vas()));
        }
        return new ScoreSheet(Measure.EQ5D, lines, Map.of());
    }
}
