package care.whatmatters.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ons4Test {

    @Test
    void bandsSatisfactionWorthwhileAndHappinessAsPublished() {
        assertThat(List.of(0, 4, 5, 6, 7, 8, 9, 10).stream().map(Ons4::positiveBand))
                .containsExactly("Low", "Low", "Medium", "Medium", "High", "High", "Very high", "Very high");
    }

    @Test
    void bandsAnxietySeparatelyWithLowerBeingBetter() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 10).stream().map(Ons4::anxietyBand))
                .containsExactly("Very low", "Very low", "Low", "Low", "Medium", "Medium", "High", "High");
    }

    @Test
    void scoresEachItemInItsPublishedOrderWithNoTotal() {
        ScoreSheet sheet = Ons4.score(List.of(7, 9, 5, 6));

        assertThat(sheet.scores()).extracting(ScoreLine::name)
                .containsExactly("lifeSatisfaction", "worthwhile", "happiness", "anxiety");
        assertThat(sheet.scores()).extracting(ScoreLine::band).containsExactly("High", "Very high", "Medium", "High");
        assertThat(sheet.value("lifeSatisfaction")).isEqualByComparingTo(new BigDecimal("7.00"));
        assertThat(sheet.score("total")).isEmpty();
    }

    @Test
    void refusesAnOutOfRangeAnswerNamingTheItem() {
        assertThatThrownBy(() -> Ons4.score(List.of(7, 11, 5, 6)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.byField()).containsOnlyKeys("answers[1]"));
    }

    @Test
    void refusesAnIncompleteSetOfAnswers() {
        assertThatThrownBy(() -> Ons4.score(List.of(7, 8, 5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.byField().get("answers")).contains("must have 4 answers", "it has 3"));
        assertThatThrownBy(() -> Ons4.score(Arrays.asList(7, null, 5, 6)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.byField()).containsOnlyKeys("answers[1]"));
    }
}
