package care.whatmatters.reporting.persistence;

import java.time.LocalDate;

/** What reporting knows about one person: enough to count them fairly, not enough to name them. */
public record ReportPerson(String district, Integer deprivationDecile, String ethnicGroup, LocalDate birthMonth,
        String sex, String disability, Boolean digitallyExcluded, boolean dataOptOut, boolean synthetic,
        boolean voided) {
}
