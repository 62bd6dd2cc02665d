package care.whatmatters.outcome.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a person's responses into trends, one per followed score, each judged by its measure's own notion of
 * meaningful change. collaboRATE is not a trend (it rates single encounters) and is left out.
 */
public final class Trends {

    private Trends() {
    }

    public static List<Series> followed(OutcomeSettings settings) {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            boolean anxiety = i == 3;
            series.add(new Series(Measure.ONS4, Ons4.NAMES.get(i), Ons4.LABELS.get(i), 0, 10, !anxiety, null, true,
                    "a move into another published band"));
        }
        series.add(new Series(Measure.WEMWBS, "total", "WEMWBS total", 14, 70, true,
                settings.wemwbsMeaningfulChange(), false, threshold(settings.wemwbsMeaningfulChange())));
        series.add(new Series(Measure.SWEMWBS, "metric", "SWEMWBS metric score", 7, 35, true,
                settings.swemwbsMeaningfulChange(), false, threshold(settings.swemwbsMeaningfulChange())));
        series.add(new Series(Measure.GAS, "tScore", "GAS T-score", 50 - GoalAttainmentScaling.MAX_DISTANCE_FROM_50,
                50 + GoalAttainmentScaling.MAX_DISTANCE_FROM_50, true, null, false,
                "50 means the goals were met as expected"));
        for (String s : List.of("performance", "satisfaction")) {
            series.add(new Series(Measure.COPM, s, "COPM " + s, 1, 10, true, Copm.CLINICALLY_IMPORTANT_CHANGE, false,
                    "a change of 2 or more is clinically important"));
        }
        series.add(new Series(Measure.MYCAW, "profile", "MYCaW profile score", 0, 6, !settings.mycawHigherIsWorse(),
                settings.mycawMeaningfulChange(), false, threshold(settings.mycawMeaningfulChange())));
        series.add(new Series(Measure.EQ5D, "index", "EQ-5D index value", -1, 1, true, null, false,
                "no threshold is configured"));
        series.add(new Series(Measure.EQ5D, "vas", "EQ VAS", 0, 100, true, null, false, "no threshold is configured"));
        return List.copyOf(series);
    }

    /** The trends of the scores the person has responses for, in the order of {@link #followed}. */
    public static List<Trend> of(List<OutcomeResponse> responses, OutcomeSettings settings) {
        List<OutcomeResponse> ordered = responses.stream().filter(OutcomeResponse::live)
                .sorted(Comparator.comparing(OutcomeResponse::answeredOn)
                        .thenComparing(r -> r.recorded().at())).toList();
        List<Trend> trends = new ArrayList<>();
        for (Series s : followed(settings)) {
            List<TrendPoint> points = ordered.stream().filter(r -> r.measure() == s.measure())
                    .flatMap(r -> r.scores().score(s.score()).stream()
                            .map(line -> new TrendPoint(r.answeredOn(), line.value(), line.band())))
                    .toList();
            if (!points.isEmpty()) {
                trends.add(new Trend(s, points));
            }
        }
        return trends;
    }

    private static String threshold(BigDecimal value) {
        return value == null ? "no published threshold: the change is shown without a judgement"
                : "a change of " + value.stripTrailingZeros().toPlainString() + " or more is meaningful";
    }
}
