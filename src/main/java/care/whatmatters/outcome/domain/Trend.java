package care.whatmatters.outcome.domain;

import java.util.List;
import java.util.Optional;

/** A score over time, oldest first, and how it changed from the first response to the latest. */
public record Trend(Series series, List<TrendPoint> points) {

    public Trend {
        points = List.copyOf(points);
    }

    public Optional<Change> change() {
        return points.size() < 2 ? Optional.empty() : Optional.of(series.change(points.getFirst(), points.getLast()));
    }

    public TrendPoint latest() {
        return points.getLast();
    }
}
