package care.whatmatters.outcome;

import care.whatmatters.outcome.domain.OutcomeResponse;
import care.whatmatters.outcome.domain.Trend;
import java.util.List;

/** What the record shows of a person's outcomes: each score's trend with its chart, and the latest responses. */
public record OutcomeSummary(List<ChartedTrend> trends, List<OutcomeResponse> responses) {

    public record ChartedTrend(Trend trend, Chart chart) {

        public static ChartedTrend of(Trend t) {
            return new ChartedTrend(t, Chart.of(t.points().stream().map(p -> new Chart.Value(p.on(), p.value()))
                    .toList(), t.series().min(), t.series().max(), null));
        }
    }

    public static OutcomeSummary of(List<Trend> trends, List<OutcomeResponse> responses) {
        return new OutcomeSummary(trends.stream().map(ChartedTrend::of).toList(),
                responses.stream().filter(OutcomeResponse::live).toList().reversed());
    }

    public boolean isEmpty() {
        return responses.isEmpty();
    }
}
