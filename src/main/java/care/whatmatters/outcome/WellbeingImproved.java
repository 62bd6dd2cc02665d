package care.whatmatters.outcome;

import care.whatmatters.shared.PersonId;
import java.time.LocalDate;

/**
 * A newly recorded ONS4 or SWEMWBS response shows a meaningful improvement over the person's first (baseline)
 * response, judged by the measure's own rule (see {@code outcome.domain.WellbeingImprovement}).
 *
 * @param measure the measure's code: ons4 or swemwbs
 */
public record WellbeingImproved(PersonId person, String measure, LocalDate on) {
}
