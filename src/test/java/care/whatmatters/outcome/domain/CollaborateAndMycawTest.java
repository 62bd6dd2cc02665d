package care.whatmatters.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollaborateAndMycawTest {

    @Test
    void anEncounterIsTopBoxOnlyWhenAllThreeItemsAreNine() {
        assertThat(Collaborate.score(List.of(9, 9, 9)).flag("topBox")).isTrue();
        assertThat(Collaborate.score(List.of(9, 9, 8)).flag("topBox")).isFalse();
        assertThat(Collaborate.score(List.of(9, 9, 8)).value("itemsAtMaximum")).isEqualByComparingTo("2");
    }

    @Test
    void collaborateItemsRunFromZeroToNine() {
        assertThatThrownBy(() -> Collaborate.score(List.of(9, 10, 9))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.byField()).containsOnlyKeys("answers[1]"));
    }

    @Test
    void aServiceScoreNeedsAtLeastTwentyFiveResponses() {
        assertThat(Collaborate.servicePercentage(20, 24)).isEmpty();
        assertThat(Collaborate.servicePercentage(20, 25)).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("80.00"));
        assertThat(Collaborate.servicePercentage(1, 30)).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("3.33"));
    }

    @Test
    void mycawTakesOneOrTwoConcernsThenWellbeing() {
        ScoreSheet one = Mycaw.score(List.of(5, 3));
        assertThat(one.value("concern1")).isEqualByComparingTo("5");
        assertThat(one.value("wellbeing")).isEqualByComparingTo("3");
        assertThat(one.value("profile")).isEqualByComparingTo("4.00");
        ScoreSheet two = Mycaw.score(List.of(5, 4, 3));
        assertThat(two.value("concern2")).isEqualByComparingTo("4");
        assertThat(two.value("profile")).isEqualByComparingTo("4.00");
        assertThat(Mycaw.score(List.of(5, 4, 2)).value("profile")).isEqualByComparingTo("3.67");
    }

    @Test
    void mycawRatingsRunFromZeroToSix() {
        assertThatThrownBy(() -> Mycaw.score(List.of(7, 3))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Mycaw.score(List.of(3))).isInstanceOf(InvalidInputException.class);
    }
}
