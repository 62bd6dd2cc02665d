package care.whatmatters.outcome.domain;

import java.math.BigDecimal;
import java.util.List;

/** What is submitted for scoring, in the shape each measure takes. */
public sealed interface Answers {

    /** Item answers in the published order: ONS4, WEMWBS, SWEMWBS, collaboRATE, MYCaW. */
    record Items(List<Integer> answers) implements Answers {
    }

    /** Goal Attainment Scaling: one score per goal. */
    record Goals(List<GoalScore> goals) implements Answers {
    }

    /** COPM: the problems rated now and, optionally, at baseline. */
    record Problems(List<CopmProblem> problems, List<CopmProblem> baseline) implements Answers {
    }

    /** EQ-5D: the index value and the visual analogue scale, as produced by the licensed instrument. */
    record Eq5dScore(BigDecimal index, Integer vas) implements Answers {
    }
}
