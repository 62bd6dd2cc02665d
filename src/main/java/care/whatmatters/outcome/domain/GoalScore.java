package care.whatmatters.outcome.domain;

/**
 * One goal scored at review for Goal Attainment Scaling: attainment −2…+2 (0 = the expected level), and the
 * optional weights importance and difficulty, each 0–3. Both weights absent means unweighted (w = 1).
 *
 * @param goal the plan goal scored, when the score is recorded for a person (null when only scoring)
 */
public record GoalScore(java.util.UUID goal, Integer attainment, Integer importance, Integer difficulty) {

    public static GoalScore of(Integer attainment, Integer importance, Integer difficulty) {
        return new GoalScore(null, attainment, importance, difficulty);
    }

    /** w = importance × difficulty, or 1 when neither is given. */
    public int weight() {
        return importance == null && difficulty == null ? 1 : importance * difficulty;
    }

    public boolean weighted() {
        return importance != null || difficulty != null;
    }
}
