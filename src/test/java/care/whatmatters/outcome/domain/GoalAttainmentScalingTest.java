package care.whatmatters.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of T = 50 + 10·Σwx / √(0.7·Σw² + 0.3·(Σw)²), computed by hand. */
class GoalAttainmentScalingTest {

    @Test
    void everyGoalMetAsExpectedScoresFifty() {
        assertThat(tScore(GoalScore.of(0, null, null), GoalScore.of(0, null, null))).isEqualTo("50.00");
    }

    @Test
    void oneUnweightedGoalMuchLessThanExpectedScoresThirty() {
        // 50 + 10·(−2) / √(0.7 + 0.3) = 30
        assertThat(tScore(GoalScore.of(-2, null, null))).isEqualTo("30.00");
    }

    @Test
    void unweightedGoalsUseAWeightOfOne() {
        // Σwx = 1 − 1 + 2 = 2; Σw² = 3; (Σw)² = 9; 50 + 20 / √(2.1 + 2.7) = 59.1287…
        assertThat(tScore(GoalScore.of(1, null, null), GoalScore.of(-1, null, null), GoalScore.of(2, null, null)))
                .isEqualTo("59.13");
    }

    @Test
    void threeGoalsAtTheUsualBaselineOfMinusOneScore36() {
        // 50 − 30 / √(2.1 + 2.7) = 36.3069…
        assertThat(tScore(GoalScore.of(-1, null, null), GoalScore.of(-1, null, null), GoalScore.of(-1, null, null)))
                .isEqualTo("36.31");
    }

    @Test
    void weightsAreImportanceTimesDifficulty() {
        // w = 2×3 = 6 and 1×1 = 1: Σwx = 6 − 1 = 5; Σw² = 37; Σw = 7; 50 + 50 / √(25.9 + 14.7) = 57.8471…
        assertThat(tScore(GoalScore.of(1, 2, 3), GoalScore.of(-1, 1, 1))).isEqualTo("57.85");
        // w = 9, 2, 3: Σwx = 18 + 0 − 3 = 15; Σw² = 94; Σw = 14; 50 + 150 / √(65.8 + 58.8) = 63.4379…
        assertThat(tScore(GoalScore.of(2, 3, 3), GoalScore.of(0, 2, 1), GoalScore.of(-1, 1, 3))).isEqualTo("63.44");
    }

    @Test
    void saysWhetherTheScoreWasWeighted() {
        assertThat(GoalAttainmentScaling.score(List.of(GoalScore.of(1, 2, 3))).flag("weighted")).isTrue();
        assertThat(GoalAttainmentScaling.score(List.of(GoalScore.of(1, null, null))).flag("weighted")).isFalse();
    }

    @Test
    void refusesOneWeightWithoutTheOther() {
        assertThatThrownBy(() -> GoalAttainmentScaling.score(List.of(GoalScore.of(1, 2, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("goals[0].difficulty"));
    }

    @Test
    void refusesAnAttainmentOutsideMinusTwoToTwoNamingTheGoal() {
        assertThatThrownBy(() -> GoalAttainmentScaling.score(List.of(GoalScore.of(0, null, null),
                GoalScore.of(3, null, null)))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("goals[1].attainment"));
    }

    @Test
    void refusesGoalsThatAllHaveNoWeight() {
        assertThatThrownBy(() -> GoalAttainmentScaling.score(List.of(GoalScore.of(1, 0, 3))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("goals"));
    }

    private static String tScore(GoalScore... goals) {
        return GoalAttainmentScaling.score(List.of(goals)).value("tScore").toPlainString();
    }
}
