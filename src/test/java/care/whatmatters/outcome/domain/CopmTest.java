package care.whatmatters.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.InvalidInputException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopmTest {

    private static final List<CopmProblem> BASELINE = List.of(new CopmProblem(3, 2), new CopmProblem(4, 3),
            new CopmProblem(2, 2));

    @Test
    void eachScoreIsTheSumDividedByTheNumberOfProblems() {
        ScoreSheet sheet = Copm.score(BASELINE, null);
        // performance (3+4+2)/3 = 3.00; satisfaction (2+3+2)/3 = 2.333…
        assertThat(sheet.value("performance")).isEqualByComparingTo("3.00");
        assertThat(sheet.value("satisfaction")).isEqualByComparingTo("2.33");
        assertThat(sheet.flags()).isEmpty();
    }

    @Test
    void aChangeOfTwoOrMoreIsClinicallyImportant() {
        // performance (5+6+4)/3 = 5.00: change 2.00; satisfaction (3+4+2)/3 = 3.00: change 0.67
        ScoreSheet sheet = Copm.score(List.of(new CopmProblem(5, 3), new CopmProblem(6, 4), new CopmProblem(4, 2)),
                BASELINE);
        assertThat(sheet.value("performanceChange")).isEqualByComparingTo("2.00");
        assertThat(sheet.value("satisfactionChange")).isEqualByComparingTo("0.67");
        assertThat(sheet.flag("performanceChangeClinicallyImportant")).isTrue();
        assertThat(sheet.flag("satisfactionChangeClinicallyImportant")).isFalse();
    }

    @Test
    void aChangeJustUnderTwoIsNotClinicallyImportant() {
        ScoreSheet sheet = Copm.score(List.of(new CopmProblem(5, 4), new CopmProblem(6, 5), new CopmProblem(3, 4)),
                BASELINE);
        // performance (5+6+3)/3 = 4.666…: change 1.67
        assertThat(sheet.value("performanceChange")).isEqualByComparingTo("1.67");
        assertThat(sheet.flag("performanceChangeClinicallyImportant")).isFalse();
    }

    @Test
    void allowsAtMostFiveProblems() {
        assertThatThrownBy(() -> Copm.score(Collections.nCopies(6, new CopmProblem(5, 5)), null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesARatingOutsideOneToTenNamingTheProblem() {
        assertThatThrownBy(() -> Copm.score(List.of(new CopmProblem(5, 5), new CopmProblem(0, 5)), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("problems[1].performance"));
        assertThatThrownBy(() -> Copm.score(List.of(new CopmProblem(5, 5)), List.of(new CopmProblem(5, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("baseline[0].satisfaction"));
    }
}
