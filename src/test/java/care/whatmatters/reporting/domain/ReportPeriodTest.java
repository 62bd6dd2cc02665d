package care.whatmatters.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final LocalDate DAY = LocalDate.of(2027, 2, 14);

    @Test
    void aDayBelongsToItsMonthItsFinancialQuarterAndItsFinancialYear() {
        assertThat(ReportPeriod.allContaining(DAY)).containsExactly(
                new ReportPeriod(PeriodKind.MONTH, LocalDate.of(2027, 2, 1)),
                new ReportPeriod(PeriodKind.QUARTER, LocalDate.of(2027, 1, 1)),
                new ReportPeriod(PeriodKind.YEAR, LocalDate.of(2026, 4, 1)));
    }

    @Test
    void theFinancialYearStartsOnTheFirstOfApril() {
        assertThat(ReportPeriod.containing(PeriodKind.YEAR, LocalDate.of(2026, 3, 31)).start())
                .isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(ReportPeriod.containing(PeriodKind.YEAR, LocalDate.of(2026, 4, 1)).start())
                .isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(ReportPeriod.containing(PeriodKind.YEAR, DAY).end()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void quartersAreNumberedFromApril() {
        assertThat(ReportPeriod.containing(PeriodKind.QUARTER, LocalDate.of(2026, 5, 5)).label()).isEqualTo("Q1 2026/27");
        assertThat(ReportPeriod.containing(PeriodKind.QUARTER, LocalDate.of(2026, 8, 5)).label()).isEqualTo("Q2 2026/27");
        assertThat(ReportPeriod.containing(PeriodKind.QUARTER, LocalDate.of(2026, 11, 5)).label()).isEqualTo("Q3 2026/27");
        assertThat(ReportPeriod.containing(PeriodKind.QUARTER, DAY).label()).isEqualTo("Q4 2026/27");
        assertThat(ReportPeriod.containing(PeriodKind.MONTH, DAY).label()).isEqualTo("February 2027");
        assertThat(ReportPeriod.containing(PeriodKind.YEAR, DAY).label()).isEqualTo("2026/27");
    }

    @Test
    void aRequestedRangeMustStartAPeriodAndIsTheSmallestPeriodReachingItsEnd() {
        assertThat(ReportPeriod.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)))
                .contains(new ReportPeriod(PeriodKind.MONTH, LocalDate.of(2026, 10, 1)));
        assertThat(ReportPeriod.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)))
                .contains(new ReportPeriod(PeriodKind.QUARTER, LocalDate.of(2026, 10, 1)));
        assertThat(ReportPeriod.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 11, 23)))
                .contains(new ReportPeriod(PeriodKind.YEAR, LocalDate.of(2026, 4, 1)));
        assertThat(ReportPeriod.between(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 31))).isEmpty();
        assertThat(ReportPeriod.between(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1))).isEmpty();
        assertThat(ReportPeriod.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1))).isEmpty();
    }

    @Test
    void theElapsedFractionProjectsTheCurrentRateToThePeriodsEnd() {
        ReportPeriod april = new ReportPeriod(PeriodKind.MONTH, LocalDate.of(2026, 4, 1));
        assertThat(april.elapsedFraction(LocalDate.of(2026, 4, 15))).isEqualTo(0.5);
        assertThat(april.elapsedFraction(LocalDate.of(2026, 6, 1))).isEqualTo(1.0);
        assertThat(april.elapsedFraction(LocalDate.of(2026, 3, 1))).isEqualTo(0.0);
        assertThat(april.fractionOfYear()).isEqualTo(1.0 / 12);
    }
}
