package care.whatmatters.socialprescribing;

import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import java.time.Instant;
import java.util.UUID;

/**
 * A referral was closed with the message back sent.
 *
 * @param closedFrom the status it was closed from (DECLINED when the person declined, OUTCOME_MEASURED, …)
 * @param wellbeingChange the follow-up score minus the baseline, or null when not measured both times
 */
public record ReferralClosed(PersonId person, UUID referral, String closedFrom, Instant at,
        PractitionerId linkWorker, java.math.BigDecimal wellbeingChange, String wellbeingMeasure) {
}
