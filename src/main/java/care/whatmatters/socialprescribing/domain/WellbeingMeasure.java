package care.whatmatters.socialprescribing.domain;

import care.whatmatters.shared.Stamp;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A wellbeing questionnaire taken for the referral.
 *
 * @param measure    SWEMWBS or ONS4
 * @param score      the headline score: the SWEMWBS metric score (7 to 35); for ONS4, life satisfaction (0-10)
 * @param responseId the response as the outcome module holds it, when it holds it
 */
public record WellbeingMeasure(UUID id, String measure, MeasureTiming timing, BigDecimal score, String detail,
        UUID responseId, Stamp recorded) {
}
