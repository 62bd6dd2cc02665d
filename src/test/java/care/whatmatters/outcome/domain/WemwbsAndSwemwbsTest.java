package care.whatmatters.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WemwbsAndSwemwbsTest {

    @Test
    void wemwbsSumsFourteenItemsFrom14To70() {
        assertThat(Wemwbs.score(Collections.nCopies(14, 1)).value("total")).isEqualByComparingTo("14");
        assertThat(Wemwbs.score(Collections.nCopies(14, 5)).value("total")).isEqualByComparingTo("70");
        assertThat(Wemwbs.score(List.of(3, 4, 2, 5, 3, 3, 4, 1, 2, 3, 4, 5, 3, 3)).value("total"))
                .isEqualByComparingTo("45");
    }

    @Test
    void wemwbsRefusesAnItemOutsideOneToFive() {
        List<Integer> answers = new java.util.ArrayList<>(Collections.nCopies(14, 3));
        answers.set(13, 0);
        assertThatThrownBy(() -> Wemwbs.score(answers)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.byField()).containsOnlyKeys("answers[13]"));
    }

    @Test
    void swemwbsConvertsTheLowestRawTotalToItself() {
        ScoreSheet sheet = Swemwbs.score(Collections.nCopies(7, 1));
        assertThat(sheet.value("raw")).isEqualByComparingTo("7");
        assertThat(sheet.value("metric")).isEqualByComparingTo("7.00");
    }

    @Test
    void swemwbsConvertsTheHighestRawTotalToItself() {
        assertThat(Swemwbs.score(Collections.nCopies(7, 5)).value("metric")).isEqualByComparingTo("35.00");
    }

    @Test
    void swemwbsConvertsTheMiddleOfTheTableAsPublished() {
        // 3+3+3+3+3+3+3 = 21, which the table converts to 19.25
        assertThat(Swemwbs.score(Collections.nCopies(7, 3)).value("metric")).isEqualByComparingTo("19.25");
        assertThat(SwemwbsConversion.metric(8)).isEqualByComparingTo("9.51");
        assertThat(SwemwbsConversion.metric(20)).isEqualByComparingTo("18.59");
        assertThat(SwemwbsConversion.metric(34)).isEqualByComparingTo("32.55");
    }

    @Test
    void swemwbsTableHasARisingMetricScoreForEveryRawTotal() {
        BigDecimal previous = BigDecimal.ZERO;
        for (int raw = 7; raw <= 35; raw++) {
            assertThat(SwemwbsConversion.metric(raw)).isGreaterThan(previous);
            previous = SwemwbsConversion.metric(raw);
        }
    }

    @Test
    void swemwbsNeedsExactlySevenAnswers() {
        assertThatThrownBy(() -> Swemwbs.score(Collections.nCopies(8, 3))).isInstanceOf(InvalidInputException.class);
    }
}
