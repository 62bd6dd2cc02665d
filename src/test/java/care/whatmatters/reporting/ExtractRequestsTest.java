package care.whatmatters.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.reporting.domain.PeriodKind;
import care.whatmatters.reporting.domain.ReportPeriod;
import care.whatmatters.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** How the extracts' periods are written in their URLs. */
class ExtractRequestsTest {

    private final StatutoryExtracts extracts = new StatutoryExtracts(null, null, null,
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")));

    @Test
    void aQuarterIsTheFinancialYearItStartsInAndItsQuarterFromApril() {
        assertThat(extracts.quarter("2026-Q3")).isEqualTo(new ReportPeriod(PeriodKind.QUARTER, LocalDate.of(2026, 10, 1)));
        assertThat(extracts.quarter("2026-Q4").start()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(extracts.quarter("2026-Q1").start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(extracts.quarter(null).start()).as("this quarter by default").isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void aQuarterWrittenAnyOtherWayIsRefusedWithTheField() {
        assertThatThrownBy(() -> extracts.quarter("Q3 2026")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("quarter");
        assertThatThrownBy(() -> extracts.quarter("2026-Q5")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRangeDefaultsToTheFinancialYearToDateAndMustRunForwardsForAtMostThreeYears() {
        assertThat(extracts.range(null, null)).containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 11, 23));
        assertThat(extracts.range("2026-05-01", "2026-05-31")).containsExactly(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31));
        assertThatThrownBy(() -> extracts.range("2026-05-31", "2026-05-01")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> extracts.range("2020-01-01", "2026-01-01")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> extracts.range("yesterday", null)).isInstanceOf(InvalidInputException.class);
    }
}
