package care.whatmatters.outcome;

import care.whatmatters.outcome.domain.Change;
import care.whatmatters.outcome.domain.Trend;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A score over time as the JSON API shows it, with the change from the first response to the latest. */
public record TrendView(String measure, String score, String label, List<Point> points, ChangeView change) {

    public record Point(LocalDate on, BigDecimal value, String band) {
    }

    public record ChangeView(BigDecimal from, BigDecimal to, BigDecimal difference, String direction,
            boolean meaningful, String rule) {
    }

    public static TrendView of(Trend t) {
        return new TrendView(t.series().measure().code(), t.series().score(), t.series().label(),
                t.points().stream().map(p -> new Point(p.on(), p.value(), p.band())).toList(),
                t.change().map(TrendView::change).orElse(null));
    }

    private static ChangeView change(Change c) {
        return new ChangeView(c.from(), c.to(), c.difference(), c.direction().name(), c.meaningful(), c.rule());
    }
}
