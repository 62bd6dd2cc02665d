package care.whatmatters.socialprescribing;

import java.util.List;

/**
 * A new referral to social prescribing. {@code source} is one of the {@code ReferralSource} names (GP,
 * OCCUPATIONAL_THERAPIST, HOSPITAL_DISCHARGE, ...); a person referring themselves need not give it.
 */
public record ReferralRequest(String source, String reasons, List<String> needs) {
}
