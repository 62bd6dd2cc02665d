package care.whatmatters.outcome.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.util.UUID;

/**
 * The Goal Attainment Scale of one plan goal, set while the goal is agreed: what the expected outcome (0)
 * looks like, in the person's words, where the person starts (−1, or −2 if things could get worse), and the
 * optional weights. At review each goal is scored −2…+2 against it.
 */
public record GoalScale(UUID id, PersonId person, UUID goal, String expected, int baseline, Integer importance,
        Integer difficulty, Stamp set) {

    public static GoalScale of(UUID id, PersonId person, UUID goal, String expected, Integer baseline,
            Integer importance, Integer difficulty, Stamp set) {
        InputCheck check = new InputCheck().required("goal", goal)
                .requiredText("expected", expected, FreeText.SHORT)
                .required("baseline", baseline)
                .that(baseline == null || baseline == -1 || baseline == -2, "baseline",
                        "must be -1 (somewhat less than expected) or -2 (much less than expected)")
                .that(importance == null || (importance >= 0 && importance <= 3), "importance", "must be from 0 to 3")
                .that(difficulty == null || (difficulty >= 0 && difficulty <= 3), "difficulty", "must be from 0 to 3")
                .that((importance == null) == (difficulty == null), importance == null ? "importance" : "difficulty",
                        "is required when the other weight is given (weight = importance × difficulty)");
        check.orThrow();
        return new GoalScale(id, person, goal, expected, baseline, importance, difficulty, set);
    }

    /** This goal scored at the given attainment, with the weights set when it was agreed. */
    public GoalScore scored(Integer attainment) {
        return new GoalScore(goal, attainment, importance, difficulty);
    }

    /** The score as it stood when the goal was agreed. */
    public GoalScore atBaseline() {
        return scored(baseline);
    }
}
