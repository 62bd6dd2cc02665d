package care.whatmatters.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever valid answers are given, every score stays within its published range. */
class ScoresStayInRangeTest {

    @Property
    void ons4ScoresStayWithinZeroToTenAndAreAlwaysBanded(
            @ForAll @Size(4) List<@IntRange(min = 0, max = 10) Integer> answers) {
        ScoreSheet sheet = Ons4.score(answers);
        assertThat(sheet.scores()).allSatisfy(line -> {
            assertThat(line.value()).isBetween(BigDecimal.ZERO, BigDecimal.TEN);
            assertThat(line.band()).isNotBlank();
        });
    }

    @Property
    void wemwbsTotalStaysWithin14To70(@ForAll @Size(14) List<@IntRange(min = 1, max = 5) Integer> answers) {
        assertThat(Wemwbs.score(answers).value("total")).isBetween(BigDecimal.valueOf(14), BigDecimal.valueOf(70));
    }

    @Property
    void swemwbsMetricStaysWithin7To35AndNeverFallsAsTheRawTotalRises(
            @ForAll @Size(7) List<@IntRange(min = 1, max = 5) Integer> answers) {
        ScoreSheet sheet = Swemwbs.score(answers);
        int raw = sheet.value("raw").intValue();
        assertThat(sheet.value("metric")).isBetween(BigDecimal.valueOf(7), BigDecimal.valueOf(35));
        if (raw < 35) {
            assertThat(SwemwbsConversion.metric(raw + 1)).isGreaterThan(sheet.value("metric"));
        }
    }

    @Property
    void gasTScoreStaysWithinItsTheoreticalBounds(@ForAll("goals") List<GoalScore> goals) {
        BigDecimal t = GoalAttainmentScaling.score(goals).value("tScore");
        double bound = GoalAttainmentScaling.MAX_DISTANCE_FROM_50 + 0.01;
        assertThat(t.doubleValue()).isBetween(50 - bound, 50 + bound);
    }

    @Property
    void copmMeansStayWithinOneToTen(@ForAll("problems") List<CopmProblem> problems) {
        ScoreSheet sheet = Copm.score(problems, problems);
        assertThat(sheet.value("performance")).isBetween(BigDecimal.ONE, BigDecimal.TEN);
        assertThat(sheet.value("satisfaction")).isBetween(BigDecimal.ONE, BigDecimal.TEN);
        assertThat(sheet.value("performanceChange")).isEqualByComparingTo("0");
    }

    @Property
    void mycawProfileStaysWithinZeroToSix(@ForAll @Size(min = 2, max = 3) List<@IntRange(min = 0, max = 6) Integer> a) {
        assertThat(Mycaw.score(a).value("profile")).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(6));
    }

    @Provide
    Arbitrary<List<GoalScore>> goals() {
        Arbitrary<GoalScore> unweighted = Arbitraries.integers().between(-2, 2).map(x -> GoalScore.of(x, null, null));
        Arbitrary<GoalScore> weighted = Combinators.combine(Arbitraries.integers().between(-2, 2),
                Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3)).as(GoalScore::of);
        return Arbitraries.oneOf(unweighted.list().ofMinSize(1).ofMaxSize(10),
                weighted.list().ofMinSize(1).ofMaxSize(10));
    }

    @Provide
    Arbitrary<List<CopmProblem>> problems() {
        return Combinators.combine(Arbitraries.integers().between(1, 10), Arbitraries.integers().between(1, 10))
                .as(CopmProblem::new).list().ofMinSize(1).ofMaxSize(5);
    }
}
