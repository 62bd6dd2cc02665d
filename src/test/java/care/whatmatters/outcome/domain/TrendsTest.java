package care.whatmatters.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.shared.Ids;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendsTest {

    private static final PersonId PERSON = PersonId.newId();

    @Test
    void ons4ChangeIsMeaningfulWhenTheScoreMovesIntoAnotherBand() {
        List<Trend> trends = Trends.of(List.of(ons4("2026-01-10", 4, 5, 4, 7), ons4("2026-04-10", 7, 6, 5, 3)),
                OutcomeSettings.DEFAULTS);

        Trend life = find(trends, "ons4-lifeSatisfaction");
        assertThat(life.points()).hasSize(2);
        assertThat(life.change().orElseThrow().meaningful()).isTrue();
        assertThat(life.change().orElseThrow().direction()).isEqualTo(Change.Direction.BETTER);
        assertThat(find(trends, "ons4-worthwhile").change().orElseThrow().meaningful()).isFalse();
        Change anxiety = find(trends, "ons4-anxiety").change().orElseThrow();
        assertThat(anxiety.direction()).as("less anxious is better").isEqualTo(Change.Direction.BETTER);
        assertThat(anxiety.meaningful()).isTrue();
    }

    @Test
    void swemwbsChangeIsJudgedOnTheMetricScoreAgainstTheConfiguredThreshold() {
        OutcomeResponse before = response(Measure.SWEMWBS, "2026-01-10", Swemwbs.score(Collections.nCopies(7, 3)));
        OutcomeResponse after = response(Measure.SWEMWBS, "2026-04-10",
                Swemwbs.score(List.of(3, 3, 3, 3, 4, 4, 4)));

        Change change = find(Trends.of(List.of(after, before), OutcomeSettings.DEFAULTS), "swemwbs-metric")
                .change().orElseThrow();

        // raw 21 → 19.25; raw 24 → 21.54: +2.29, under the default threshold of 3
        assertThat(change.difference()).isEqualByComparingTo("2.29");
        assertThat(change.meaningful()).isFalse();
        OutcomeSettings stricter = new OutcomeSettings(OutcomeSettings.DEFAULTS.wemwbsMeaningfulChange(),
                java.math.BigDecimal.ONE, true, null);
        assertThat(find(Trends.of(List.of(before, after), stricter), "swemwbs-metric").change().orElseThrow()
                .meaningful()).isTrue();
    }

    @Test
    void voidedResponsesAreLeftOutAndASingleResponseHasNoChange() {
        OutcomeResponse voided = new OutcomeResponse(Ids.newId(), PERSON, Measure.ONS4, LocalDate.parse("2026-02-01"),
                null, Ons4.score(List.of(1, 1, 1, 1)), true, null, stamp(),
                new care.whatmatters.shared.Voiding("Sam", Instant.now(), "entered twice"));
        List<Trend> trends = Trends.of(List.of(ons4("2026-01-10", 4, 5, 4, 7), voided), OutcomeSettings.DEFAULTS);
        assertThat(find(trends, "ons4-happiness").points()).hasSize(1);
        assertThat(find(trends, "ons4-happiness").change()).isEmpty();
    }

    @Test
    void mycawDirectionComesFromConfiguration() {
        OutcomeResponse before = response(Measure.MYCAW, "2026-01-10", Mycaw.score(List.of(5, 4)));
        OutcomeResponse after = response(Measure.MYCAW, "2026-03-10", Mycaw.score(List.of(2, 2)));
        assertThat(find(Trends.of(List.of(before, after), OutcomeSettings.DEFAULTS), "mycaw-profile").change()
                .orElseThrow().direction()).isEqualTo(Change.Direction.BETTER);
        OutcomeSettings reversed = new OutcomeSettings(null, null, false, null);
        assertThat(find(Trends.of(List.of(before, after), reversed), "mycaw-profile").change().orElseThrow()
                .direction()).isEqualTo(Change.Direction.WORSE);
    }

    private static Trend find(List<Trend> trends, String key) {
        return trends.stream().filter(t -> t.series().key().equals(key)).findFirst().orElseThrow();
    }

    private static OutcomeResponse ons4(String on, int... answers) {
        return response(Measure.ONS4, on, Ons4.score(java.util.Arrays.stream(answers).boxed().toList()));
    }

    private static OutcomeResponse response(Measure measure, String on, ScoreSheet sheet) {
        return new OutcomeResponse(Ids.newId(), PERSON, measure, LocalDate.parse(on), null, sheet, false, null,
                stamp(), null);
    }

    private static Stamp stamp() {
        return new Stamp("Sam Okafor, Occupational therapist", Instant.parse("2026-01-10T10:00:00Z"));
    }
}
