package care.whatmatters.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.reporting.domain.AreaLevel;
import care.whatmatters.reporting.domain.Measure;
import care.whatmatters.reporting.domain.PeriodKind;
import care.whatmatters.reporting.domain.ReportPeriod;
import care.whatmatters.reporting.persistence.CountRepository;
import care.whatmatters.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports are reused while the counts stay the same and worked out again as soon as any transaction changes
 * them, including one this node knows nothing about (another node's fold, a bulk load). Postcode districts
 * ZZ97 and ZZ98 are used by nothing else.
 */
@IntegrationTest
class FinishedReportsIT {

    @Autowired
    PopulationReports reports;
    @Autowired
    CountRepository counts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final ReportPeriod thisYear = ReportPeriod.containing(PeriodKind.YEAR, LocalDate.now());

    @Test
    void reusesAReportUntilCountsAreWrittenBehindItsBack() {
        ReportSummary first;
        ReportSummary again;
        long generation;
        do { // a scheduled fold of other tests' facts in between would rightly make the second a new report
            generation = counts.generation();
            first = reports.summary(thisYear, AreaLevel.DISTRICT, "ZZ98");
            again = reports.summary(thisYear, AreaLevel.DISTRICT, "ZZ98");
        } while (counts.generation() != generation);
        assertThat(again.measures()).as("reused, not worked out again").isSameAs(first.measures());
        assertThat(registered(first)).isZero();

        addRegistered("ZZ98", 40); // committed on its own, as another node's fold or a bulk load would be
        ReportSummary after = reports.summary(thisYear, AreaLevel.DISTRICT, "ZZ98");
        assertThat(registered(after)).isEqualTo(40);
        assertThat(after.workforce().target()).isEqualTo(first.workforce().target());
        addRegistered("ZZ98", -40);
        assertThat(registered(reports.summary(thisYear, AreaLevel.DISTRICT, "ZZ98"))).isZero();
    }

    @Test
    void aTransactionThatWritesManyCountsMovesTheGenerationOnce() {
        inTheFoldingTurn(() -> {
            long before = counts.generation();
            addRegistered("ZZ97", 9);
            addRegistered("ZZ97", 9);
            jdbc.sql("delete from report_count where area_code = 'ZZ97'").update();
            assertThat(counts.generation()).isEqualTo(before + 1);
            throw new RollBack();
        });
    }

    @Test
    void withoutAGenerationNothingIsReused() {
        inTheFoldingTurn(() -> {
            jdbc.sql("delete from report_count_generation").update();
            ReportSummary first = reports.summary(thisYear, AreaLevel.DISTRICT, "ZZ98");
            assertThat(reports.summary(thisYear, AreaLevel.DISTRICT, "ZZ98").measures())
                    .isNotSameAs(first.measures());
            throw new RollBack(); // the generation's row comes back with the rollback
        });
    }

    private long registered(ReportSummary summary) {
        return summary.measures().stream().filter(m -> m.measure().equals(Measure.REGISTERED.name())).findFirst()
                .orElseThrow().people();
    }

    private void addRegistered(String district, long people) {
        jdbc.sql("""
                insert into report_count (period_kind, period_start, area_level, area_code, measure, detail, dimension,
                  dimension_value, people)
                values ('YEAR', :start, 'DISTRICT', :district, 'REGISTERED', '', 'ALL', 'ALL', :people)
                on conflict (period_kind, period_start, area_level, area_code, measure, detail, dimension,
                  dimension_value) do update set people = report_count.people + excluded.people""")
                .param("start", thisYear.start()).param("district", district).param("people", people).update();
    }

    /**
     * Runs the check in one transaction that holds the folding turn, so that no fold changes the counts or
     * their generation meanwhile; a check ends by asking for its changes to be rolled back.
     */
    private void inTheFoldingTurn(Runnable check) {
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                counts.takeFoldingTurn();
                check.run();
            });
        } catch (RollBack expected) {
            // the check asked for its changes to be undone
        }
    }

    private static final class RollBack extends RuntimeException {
    }
}
