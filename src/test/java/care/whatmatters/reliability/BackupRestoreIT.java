package care.whatmatters.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.WhatMattersApplication;
import care.whatmatters.audit.AuditVerification;
import care.whatmatters.budget.web.BudgetScenario;
import care.whatmatters.support.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backup and restore procedure of docs/operations.md, end to end: the platform runs on a PostgreSQL
 * server with the demo (Dylan's whole journey, with his budget's ledger) and more payments; it is stopped,
 * backed up with {@code pg_dump --format=custom}, the server and its data directory are destroyed, a fresh
 * server is made and the backup restored into it with {@code pg_restore}; then every table's row count,
 * every budget's ledger balances and the audit chain are checked against what they were, and the platform
 * starts on the restored database and serves the records.
 */
class BackupRestoreIT {

    @Test
    void backUpDestroyRestoreAndFindEverythingAsItWas() throws Exception {
        Path base = Files.createTempDirectory("whatmatters-backup",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        try {
            Path backup = base.resolve("whatmatters.dump");
            Map<String, Long> counts;
            Map<String, Long> balances;
            UUID person;
            UUID budget;
            try (PostgresCluster original = PostgresCluster.start(base.resolve("original"))) {
                try (ConfigurableApplicationContext platform = platform(original)) {
                    int port = port(platform);
                    BudgetScenario s = BudgetScenario.approved(port, "Backed-up");
                    assertThat(s.pay(s.chair, "480.00", UUID.randomUUID().toString()).status()).isEqualTo(201);
                    assertThat(s.pay(s.maintenance, "150.00", UUID.randomUUID().toString()).status()).isEqualTo(201);
                    person = s.person;
                    budget = s.budget;
                    assertThat(platform.getBean(AuditVerification.class).verify().intact()).isTrue();
                }
                counts = counts(original.jdbcUrl());
                balances = balances(original.jdbcUrl());
                assertThat(counts.get("ledger_transaction")).isGreaterThan(2);
                original.client("pg_dump", "--format=custom", "--file=" + backup, "whatmatters");
                original.destroy();
            }
            assertThat(Files.exists(base.resolve("original"))).as("the original database is gone").isFalse();

            try (PostgresCluster restored = PostgresCluster.start(base.resolve("restored"))) {
                restored.client("pg_restore", "--exit-on-error", "--no-owner", "--dbname=whatmatters", backup.toString());

                assertThat(counts(restored.jdbcUrl())).as("every table's rows").isEqualTo(counts);
                assertThat(balances(restored.jdbcUrl())).as("every ledger balance").isEqualTo(balances);
                try (ConfigurableApplicationContext platform = platform(restored)) {
                    AuditVerification.Result chain = platform.getBean(AuditVerification.class).verify();
                    assertThat(chain.intact()).as(chain.toString()).isTrue();
                    assertThat(chain.sealed() + chain.unsealed()).isGreaterThanOrEqualTo(counts.get("audit_event"));
                    ApiClient.Response ledger = ApiClient.as(port(platform), "ot")
                            .get("/api/v1/persons/" + person + "/budgets/" + budget + "/ledger");
                    assertThat(ledger.status()).as(ledger.toString()).isEqualTo(200);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(base)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static ConfigurableApplicationContext platform(PostgresCluster database) {
        return new SpringApplicationBuilder(WhatMattersApplication.class).run(
                "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=postgres",
                "--server.port=0", "--whatmatters.demo.enabled=true", "--whatmatters.demo.journey=complete",
                "--logging.level.root=WARN", "--spring.jmx.enabled=false");
    }

    private static int port(ConfigurableApplicationContext platform) {
        return Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
    }

    /** Row counts of every table in the schema. */
    private static Map<String, Long> counts(String url) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = db.createStatement().executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Each budget's balance on each account (debits minus credits, in pence), and the ledger's overall sum. */
    private static Map<String, Long> balances(String url) throws Exception {
        Map<String, Long> balances = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
                ResultSet rs = db.createStatement().executeQuery("""
                        select budget_id || ' ' || account_type || ' ' || coalesce(line_id::text, funder_id::text, '-'),
                               sum(case when side = 'D' then amount_pence else -amount_pence end)
                        from ledger_entry group by 1 order by 1""")) {
            long total = 0;
            while (rs.next()) {
                balances.put(rs.getString(1), rs.getLong(2));
                total += rs.getLong(2);
            }
            balances.put("debits minus credits, all budgets", total);
        }
        assertThat(balances.get("debits minus credits, all budgets")).as("the ledger balances").isZero();
        return balances;
    }
}
