package care.whatmatters.outcome.domain;

import java.util.List;
import java.util.Optional;

/**
 * Whether a person's wellbeing has improved, for population reporting: any followed ONS4 or SWEMWBS score
 * whose change from the first response to the latest is meaningful by that measure's own rule (ONS4: a move
 * into another published band; SWEMWBS: at least the configured change in the metric score) and in the
 * better direction. The same rule the record's trends show, so the report and the record never disagree.
 */
public final class WellbeingImprovement {

    private WellbeingImprovement() {
    }

    /** The first wellbeing measure showing a meaningful improvement, if any. */
    public static Optional<Measure> shownBy(List<Trend> trends) {
        return trends.stream()
                .filter(t -> t.series().measure() == Measure.ONS4 || t.series().measure() == Measure.SWEMWBS)
                .filter(t -> t.change().filter(c -> c.meaningful() && c.direction() == Change.Direction.BETTER)
                        .isPresent())
                .map(t -> t.series().measure())
                .findFirst();
    }
}
