package care.whatmatters.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One referral to social prescribing with the referred person's de-identified groups, for the minimum
 * dataset extract. The ids are internal and are pseudonymised before anything leaves reporting.
 */
public record ReferralRecord(UUID referral, UUID person, String source, LocalDate referredOn, LocalDate connectedOn,
        LocalDate closedOn, String closedFrom, String wellbeingMeasure, BigDecimal wellbeingChange,
        LocalDate birthMonth, String sex, String ethnicGroup, Integer deprivationDecile, String district) {
}
