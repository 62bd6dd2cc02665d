package care.whatmatters.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.reporting.domain.AreaLevel;
import care.whatmatters.reporting.domain.PeriodKind;
import care.whatmatters.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void withNothingAskedItIsTheFinancialYearToDateEverywhere() {
        ReportRequest request = ReportRequest.parse(null, null, null, TODAY);
        assertThat(request.period().kind()).isEqualTo(PeriodKind.YEAR);
        assertThat(request.period().start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(request.level()).isEqualTo(AreaLevel.NATION);
    }

    @Test
    void anAreaIsWrittenAsLevelAndCode() {
        ReportRequest request = ReportRequest.parse("2026-10-01", "2026-12-31", "PLACE:Leeds", TODAY);
        assertThat(request.level()).isEqualTo(AreaLevel.PLACE);
        assertThat(request.areaCode()).isEqualTo("Leeds");
        assertThat(request.period().kind()).isEqualTo(PeriodKind.QUARTER);
    }

    @Test
    void refusesAPeriodThatDoesNotStartAMonthQuarterOrYearNamingTheField() {
        assertThatThrownBy(() -> ReportRequest.parse("2026-10-02", "2026-10-30", null, TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from");
        assertThatThrownBy(() -> ReportRequest.parse("yesterday", null, null, TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from");
    }

    @Test
    void refusesAnAreaItCannotRead() {
        assertThatThrownBy(() -> ReportRequest.parse(null, null, "Leeds", TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("area");
        assertThatThrownBy(() -> ReportRequest.parse(null, null, "COUNTY:Kent", TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("area");
        assertThatThrownBy(() -> ReportRequest.parse(null, null, "PLACE:", TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("area");
    }
}
