package care.whatmatters.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Activity coded in SNOMED CT: for each month and each measure that has a configured code, how many people
 * (not how many events) had it. Aggregate and suppressed cell by cell: the rows are separate measures, not
 * parts of a total, so nothing hidden can be worked out from the others. Which codes are verified is
 * configuration, shown in the extract: only "Referral to social prescribing service" (871731000000106) is
 * rated good in the domain brief; the others are unverified and left out until a deployment configures them.
 */
public final class SnomedActivity {

    public static final List<String> HEADER = List.of("month_start", "snomed_code", "snomed_term", "code_verified",
            "measure", "people");

    /** A configured SNOMED CT concept for a measure. */
    public record Code(String code, String term, boolean verified) {
    }

    private SnomedActivity() {
    }

    /**
     * @param months every month start in the extract, in order
     * @param people month start → measure → people
     * @param codes  measure → its code (measures without a code are not in the extract)
     */
    public static CsvTable of(List<LocalDate> months, Map<LocalDate, Map<String, Long>> people,
            Map<Measure, Code> codes, int threshold) {
        CsvTable csv = new CsvTable(HEADER);
        for (LocalDate month : months) {
            for (Measure measure : Measure.values()) {
                Code code = codes.get(measure);
                if (code == null || code.code() == null || code.code().isBlank()) {
                    continue;
                }
                long count = people.getOrDefault(month, Map.of()).getOrDefault(measure.name(), 0L);
                csv.row(List.of(month.toString(), code.code(), code.term(), code.verified() ? "yes" : "no",
                        measure.name(), Suppression.hides(count, threshold) ? "suppressed" : Long.toString(count)));
            }
        }
        return csv;
    }
}
