package care.whatmatters.socialprescribing;

import java.util.UUID;

/**
 * A step in a referral's life cycle: the status to move to ({@code ReferralStatus} name), with what that step
 * needs: a note (the person's reason when DECLINED, what was agreed when PLAN_AGREED), a follow-up date for
 * PLAN_AGREED, the directory service for CONNECTED, and the message back's summary for CLOSED.
 */
public record StepRequest(String status, String note, String followUpDue, UUID serviceId, String summary) {
}
