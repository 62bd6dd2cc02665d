package care.whatmatters.socialprescribing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The message back to the GP and the referrer that closes a referral (PRSB Social Prescribing Information
 * Standard), so the person does not have to retell their story: who, why they were referred, what was
 * agreed, which services they were connected to, how their wellbeing changed, the link worker's summary,
 * and the codes. Stored on the record as sent; never changed afterwards.
 */
public record MessageBack(UUID referralId, Instant sentAt, LocalDate date, Patient patient, List<Recipient> recipients,
        String from, List<Coding> codes, String source, String reasons, String planSummary, String outcome,
        List<ServiceLine> services, List<WellbeingChange> wellbeing, String summary) {

    /** Who the message is about. */
    public record Patient(String name, String nhsNumber, LocalDate dateOfBirth, String postcode) {
    }

    /** Who it is sent to: the person's GP, and whoever referred. */
    public record Recipient(String name, String role, String organisation) {
    }

    /** A community service the person was referred on to, and its answer. */
    public record ServiceLine(String service, String organisation, String answer) {
    }

    public String addressedTo() {
        return String.join(" and ", recipients.stream().map(Recipient::name).distinct().toList());
    }
}
