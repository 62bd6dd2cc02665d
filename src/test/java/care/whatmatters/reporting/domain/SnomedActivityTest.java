package care.whatmatters.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnomedActivityTest {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private static final Map<Measure, SnomedActivity.Code> CODES = Map.of(
            Measure.SP_REFERRAL, new SnomedActivity.Code("871731000000106", "Referral to social prescribing service",
                    true),
            Measure.PCSP_AGREED, new SnomedActivity.Code("999", "Care plan agreed, locally configured", false),
            Measure.SHARED_DECISION, new SnomedActivity.Code("", "no code yet", false));

    @Test
    void oneRowPerMonthAndCodedMeasureInTheDocumentedOrderWithSmallCountsSuppressed() {
        CsvTable csv = SnomedActivity.of(List.of(APRIL, MAY), Map.of(APRIL, Map.of("SP_REFERRAL", 12L,
                "PCSP_AGREED", 3L)), CODES, 8);

        assertThat(csv.render()).isEqualTo("""
                month_start,snomed_code,snomed_term,code_verified,measure,people\r
                2026-04-01,999,"Care plan agreed, locally configured",no,PCSP_AGREED,suppressed\r
                2026-04-01,871731000000106,Referral to social prescribing service,yes,SP_REFERRAL,12\r
                2026-05-01,999,"Care plan agreed, locally configured",no,PCSP_AGREED,0\r
                2026-05-01,871731000000106,Referral to social prescribing service,yes,SP_REFERRAL,0\r
                """);
    }
}
