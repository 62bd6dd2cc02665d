package care.whatmatters.outcome.domain;

import java.util.List;

/**
 * Whether a person's wellbeing has improved, for population reporting: any followed ONS4 or SWEMWBS score
 * whose change from the first response to the latest is meaningful by that measure's own rule (ONS4: a move
 * into another published band; SWEMWBS: at least the configured change in the metric score) and in the
 * better direction. The same rule the record's trends show, so the report and the record never disagree.
 */
public final class WellbeingImprovement {

    private WellbeingImprovement() {
    }

    /** Whether the given measure (ONS4 or SWEMWBS) shows a meaningful improvement; false for any other. */
    public static boolean shownBy(List<Trend> trends, Measure measure) {
        if (measure != Measure.ONS4 && measure != Measure.SWEMWBS) {
            return false;
        }
        return trends.stream()
                .filter(t -> t.series().measure() == measure)
                .anyMatch(t -> t.change().filter(c -> c.meaningful() && c.direction() == Change.Direction.BETTER)
                        .isPresent());
    }
}
