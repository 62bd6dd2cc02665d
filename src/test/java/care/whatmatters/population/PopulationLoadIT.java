package care.whatmatters.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import care.whatmatters.audit.AuditVerification;
import care.whatmatters.reporting.ReportAggregator;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Loads 2,000 synthetic people (a large load: indexes dropped and rebuilt, one transaction), tops them up by
 * 100 (a small one: indexes kept) and adds 300 directory services, into a database of its own, then checks
 * that what the bulk loader wrote is what the modules themselves would have: the records open through the
 * normal API for a care-team member, ledgers balance, the dashboard counts the people and the audit chain
 * verifies. Before all that, a large load fails at its last step and must leave nothing behind.
 */
@IntegrationTest
@TestPropertySource(properties = "whatmatters.test.story=population")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationLoadIT {

    static final int PEOPLE = 2_000;
    static final int TOP_UP = 100;

    @LocalServerPort
    int port;
    @Autowired
    PopulationLoader loader;
    @Autowired
    PopulationDirectory directory;
    @Autowired
    ReportAggregator aggregator;
    @Autowired
    AuditVerification verification;
    @Autowired
    JdbcTemplate jdbc;

    private PopulationLoader.Report report;
    private PopulationLoader.Report topUp;
    private long registeredThisYearBefore;
    private int servicesBefore;
    private List<String> schemaBefore;
    private Throwable failure;
    private Map<String, Integer> rowsBefore;
    private Map<String, Integer> rowsAfterFailure;
    private List<String> schemaAfterFailure;

    @BeforeAll
    void load() {
        foldEverything();
        registeredThisYearBefore = registeredThisYear();
        servicesBefore = count("select count(*) from directory_service");
        schemaBefore = indexesAndConstraints();
        untilTheSealerIsIdle();
        rowsBefore = rowsOfLoadedTables();
        failure = catchThrowable(() -> loader.load(PEOPLE, 42, "gp",
                new PopulationLoader.Progress() {
                    @Override
                    public void loaded(long done, long total) {
                    }

                    @Override
                    public void step(String what) {
                        throw new IllegalStateException("stopped before the indexes were built");
                    }
                }));
        rowsAfterFailure = rowsOfLoadedTables();
        schemaAfterFailure = indexesAndConstraints();
        report = loader.load(PEOPLE, 42, "gp", (done, total) -> { });
        topUp = loader.load(PEOPLE + TOP_UP, 42, "gp", (done, total) -> { });
        directory.ensure(servicesBefore + 300, 42, (done, total) -> { });
        foldEverything();
    }

    /**
     * The background sealer appends to {@code audit_seal}, one of the tables counted, for entries written before
     * this class began (nothing here writes entries while it waits): once the queue is empty it appends nothing
     * more, so the counts before and after the failed load can be compared.
     */
    private void untilTheSealerIsIdle() {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (count("select count(*) from audit_unsealed") == 0) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the audit sealer left entries waiting for ten seconds");
    }

    @Test
    void a_large_load_that_fails_leaves_no_row_and_every_index_and_key_as_it_was() {
        assertThat(failure).hasMessageContaining("stopped before the indexes were built");
        assertThat(rowsAfterFailure).isEqualTo(rowsBefore);
        assertThat(schemaAfterFailure).isEqualTo(schemaBefore);
    }

    @Test
    void a_large_load_builds_again_every_index_key_and_foreign_key_it_dropped() {
        assertThat(report.stepMillis()).containsKeys("(index person)", "(keys report_fact)",
                "(foreign keys care_team_member)");
        assertThat(indexesAndConstraints()).isEqualTo(schemaBefore).anyMatch(d -> d.contains("FOREIGN KEY"));
    }

    @Test
    void a_small_top_up_keeps_the_indexes_and_commits_as_it_goes() {
        assertThat(topUp.people()).isEqualTo(TOP_UP);
        assertThat(topUp.first()).isEqualTo(PEOPLE);
        assertThat(topUp.stepMillis().keySet()).noneMatch(step -> step.startsWith("(index"));
        assertThat(topUp.personIds()).doesNotContainAnyElementsOf(report.personIds());
    }

    @Test
    void every_table_gets_the_rows_the_load_reports() {
        assertThat(report.people()).isEqualTo(PEOPLE);
        assertThat(report.personIds()).hasSize(PEOPLE).doesNotHaveDuplicates();
        assertThat(count("select count(*) from person where synthetic")).isEqualTo(PEOPLE + TOP_UP);
        for (Map.Entry<String, Long> table : report.rows().entrySet()) {
            if (!table.getKey().equals("report_fact") && !table.getKey().equals("audit_event")) {
                assertThat(table.getValue()).as(table.getKey()).isPositive();
            }
        }
        assertThat(report.rows().get("care_plan")).isBetween(1_000L, 1_400L);
        assertThat(report.rows().get("care_team_member")).isEqualTo(2L * PEOPLE);
        assertThat(topUp.rows().get("care_team_member")).isEqualTo(2L * TOP_UP);
        assertThat(count("select count(*) from audit_event")).isGreaterThanOrEqualTo(report.rows().get("audit_event").intValue());
        assertThat(report.rows().get("audit_seal")).as("every loaded entry sealed as it is written")
                .isEqualTo(report.rows().get("audit_event"));
        assertThat(count("select count(*) from directory_service")).isEqualTo(servicesBefore + 300);
    }

    @Test
    void a_loaded_record_opens_through_the_api_for_a_care_team_member_and_not_for_an_outsider() {
        UUID person = jdbc.queryForObject("select person_id from budget b join person p on p.id = b.person_id "
                + "where p.synthetic limit 1", UUID.class);
        ApiClient.Response record = ApiClient.as(port, "gp").get("/api/v1/persons/" + person + "/record");
        assertThat(record.status()).as(record.body()).isEqualTo(200);
        assertThat(record.body()).contains("Support towards");
        assertThat(ApiClient.as(port, "outsider").get("/api/v1/persons/" + person + "/record").status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "gp").get("/api/v1/persons/" + person + "/plan").status()).isEqualTo(200);
        assertThat(ApiClient.as(port, "gp").get("/api/v1/persons/" + person + "/budgets").status()).isEqualTo(200);
    }

    @Test
    void every_loaded_ledger_transaction_balances_and_no_line_is_overspent() {
        assertThat(count("""
                select count(*) from (select transaction_id from ledger_entry group by transaction_id
                  having sum(amount_pence) filter (where side = 'D') <> sum(amount_pence) filter (where side = 'C')
                      or count(*) < 2) unbalanced""")).isZero();
        assertThat(count("""
                select count(*) from budget_line l where (select coalesce(sum(amount_pence), 0) from ledger_entry e
                  where e.line_id = l.id and e.account_type = 'PAID' and e.side = 'D') > l.cost_pence""")).isZero();
        UUID person = jdbc.queryForObject("select person_id from budget limit 1", UUID.class);
        UUID budget = jdbc.queryForObject("select id from budget where person_id = ?", UUID.class, person);
        ApiClient.Response statement = ApiClient.as(port, "gp").get("/api/v1/persons/" + person + "/budgets/" + budget);
        assertThat(statement.status()).as(statement.body()).isEqualTo(200);
    }

    @Test
    void the_reporting_summary_counts_the_loaded_people() {
        long loadedThisYear = count("""
                select count(*) from report_fact f join person p on p.id = f.person_id where p.synthetic
                  and f.measure = 'REGISTERED' and f.period_kind = 'YEAR' and f.period_start = ?""", yearStart());
        assertThat(loadedThisYear).isPositive();
        assertThat(registeredThisYear()).isEqualTo(registeredThisYearBefore + loadedThisYear);
    }

    @Test
    void the_counts_the_loader_folds_are_the_counts_of_its_facts() {
        String mismatches = """
                select count(*) from (
                  select measure, detail, period_kind, period_start, %s as code, %s as value, count(*) as people
                    from report_fact where %s is not null and %s is not null
                    group by measure, detail, period_kind, period_start, %s, %s) f
                full join (select * from report_count where area_level = '%s' and dimension = '%s') c
                  on c.measure = f.measure and c.detail = f.detail and c.period_kind = f.period_kind
                  and c.period_start = f.period_start and c.area_code = f.code and c.dimension_value = f.value
                where c.people is distinct from f.people""";
        assertThat(count(mismatches.formatted("'ALL'", "'ALL'", "1", "1", "1", "1", "NATION", "ALL"))).isZero();
        assertThat(count(mismatches.formatted("district", "ethnic_group", "district", "ethnic_group", "district",
                "ethnic_group", "DISTRICT", "ETHNICITY"))).isZero();
        assertThat(count(mismatches.formatted("place", "deprivation_decile::text", "place", "deprivation_decile",
                "place", "deprivation_decile", "PLACE", "DEPRIVATION"))).isZero();
    }

    @Test
    void the_audit_chain_verifies_after_the_load() {
        AuditVerification.Result result = verification.verify();
        assertThat(result.intact()).as(result.problem()).isTrue();
        assertThat(result.sealed()).isGreaterThanOrEqualTo(report.rows().get("audit_event"));
    }

    @Test
    void directory_search_finds_loaded_services() {
        ApiClient.Response found = ApiClient.as(port, "linkworker").get("/api/v1/directory/search?goal=walking");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains("Walking group");
    }

    @Test
    void loading_again_to_the_same_size_adds_nobody() {
        PopulationLoader.Report again = loader.load(PEOPLE + TOP_UP, 42, "gp", (done, total) -> { });
        assertThat(again.people()).isZero();
    }

    /** Folds every pending fact (the cast's), waiting for a scheduled fold that holds some to finish. */
    private void foldEverything() {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (count("select count(*) from report_fact where not aggregated") > 0 && System.nanoTime() < until) {
            if (aggregator.aggregatePending() == 0) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private long registeredThisYear() {
        JsonNode summary = ApiClient.as(port, "analyst").get("/api/v1/reports/summary").json();
        for (JsonNode measure : summary.get("measures")) {
            if (measure.get("measure").asString().equals("REGISTERED")) {
                return measure.get("people").isNull() ? 0 : measure.get("people").asLong();
            }
        }
        throw new AssertionError("no REGISTERED measure in " + summary);
    }

    private LocalDate yearStart() {
        LocalDate today = LocalDate.now();
        return LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }


    /** Every index, key and foreign key of the tables a load writes, as the catalogue defines them. */
    private List<String> indexesAndConstraints() {
        String[] tables = Chunk.tableNames().toArray(String[]::new);
        return jdbc.queryForList("""
                select indexdef from pg_indexes where schemaname = 'public' and tablename = any (?)
                union all
                select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
                 where conrelid::regclass::text = any (?)
                order by 1""", String.class, tables, tables);
    }

    private Map<String, Integer> rowsOfLoadedTables() {
        Map<String, Integer> rows = new java.util.TreeMap<>();
        for (String table : Chunk.tableNames()) {
            rows.put(table, count("select count(*) from " + table));
        }
        rows.put("organisation", count("select count(*) from organisation"));
        rows.put("practitioner", count("select count(*) from practitioner"));
        return rows;
    }
}
