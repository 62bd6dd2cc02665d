package care.whatmatters.platform;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.budget.web.BudgetScenario;
import care.whatmatters.support.ApiClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the packaged platform (SIGKILL) while budget payments and directory imports are being written, restarts
 * it, and checks money and imports: every acknowledged payment is there exactly once (sending its key again
 * pays nothing more), at most the one payment in flight was added besides, every ledger transaction still
 * balances; every acknowledged import is wholly present and the import in flight is wholly present or wholly
 * absent, so it can simply be sent again.
 */
class CrashDuringPaymentsAndImportsIT {

    private static final int SERVICES_PER_IMPORT = 10;

    @TempDir
    Path data;

    private record Import(List<UUID> services) {
    }

    @Test
    void paymentsAndImportsAreWholeOrAbsentAfterAKillAndLedgersBalance() throws Exception {
        PackagedPlatform platform = new PackagedPlatform(data);
        Process running = platform.start();
        BudgetScenario budget = BudgetScenario.approved(platform.port, "Crash");
        Map<String, String> paid = new ConcurrentHashMap<>();
        List<Import> imported = Collections.synchronizedList(new ArrayList<>());
        List<Import> sent = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            clients.submit(() -> pay(budget, paid, writing, failures));
            for (int c = 0; c < 2; c++) {
                clients.submit(() -> importFeeds(platform.port, sent, imported, writing, failures));
            }
            PackagedPlatform.waitUntil(() -> (paid.size() >= 20 && imported.size() >= 4) || !failures.isEmpty(), 120);
            assertThat(failures).as("writes failed before the crash").isEmpty();
            PackagedPlatform.kill(running);
        } finally {
            writing.set(false);
            clients.shutdownNow();
            clients.awaitTermination(30, TimeUnit.SECONDS);
        }

        Process restarted = platform.start();
        try (Connection db = DriverManager.getConnection(platform.jdbcUrl(), "postgres", "")) {
            long paidPence = paidPence(db, budget);
            assertThat(paidPence).as("every acknowledged £1.00 payment is in the ledger, at most one more in flight")
                    .isBetween(paid.size() * 100L, (paid.size() + 1) * 100L);
            for (Map.Entry<String, String> payment : Map.copyOf(paid).entrySet()) {
                ApiClient.Response again = budget.pay(budget.maintenance, "1.00", payment.getKey());
                assertThat(again.json().get("id").asString()).as("the same key is the same payment")
                        .isEqualTo(payment.getValue());
            }
            assertThat(paidPence(db, budget)).as("sending acknowledged keys again pays nothing more")
                    .isEqualTo(paidPence);
            assertThat(unbalancedTransactions(db)).as("ledger transactions whose debits and credits differ").isZero();

            ApiClient anyone = ApiClient.anonymous(platform.port);
            for (Import i : List.copyOf(imported)) {
                assertThat(i.services()).allSatisfy(id -> assertThat(anyone.get("/openreferral/services/" + id)
                        .status()).as("service %s of an acknowledged import", id).isEqualTo(200));
            }
            for (Import i : List.copyOf(sent)) {
                long present = i.services().stream()
                        .filter(id -> anyone.get("/openreferral/services/" + id).status() == 200).count();
                assertThat(present).as("an import is whole or absent").isIn(0L, (long) SERVICES_PER_IMPORT);
            }
            var verification = ApiClient.as(platform.port, "admin").get("/api/v1/admin/audit/verification").json();
            assertThat(verification.get("brokenAt").isNull()).as("audit chain intact: " + verification).isTrue();
        } finally {
            PackagedPlatform.stop(restarted);
        }
    }

    /** Pays £1.00 at a time with a fresh key, noting a payment only once the platform has acknowledged it. */
    private static void pay(BudgetScenario budget, Map<String, String> paid, AtomicBoolean writing,
            List<String> failures) {
        while (writing.get()) {
            String key = UUID.randomUUID().toString();
            try {
                ApiClient.Response r = budget.pay(budget.maintenance, "1.00", key);
                if (r.status() != 201) {
                    throw new AssertionError("payment refused: " + r);
                }
                paid.put(key, r.json().get("id").asString());
            } catch (RuntimeException | AssertionError crashed) {
                if (writing.get()) {
                    failures.add(crashed.toString());
                }
                return;
            }
        }
    }

    private static void importFeeds(int port, List<Import> sent, List<Import> imported, AtomicBoolean writing,
            List<String> failures) {
        ApiClient admin = ApiClient.as(port, "admin");
        while (writing.get()) {
            UUID organisation = UUID.randomUUID();
            List<UUID> services = new ArrayList<>();
            StringBuilder feed = new StringBuilder("[");
            for (int s = 0; s < SERVICES_PER_IMPORT; s++) {
                UUID id = UUID.randomUUID();
                services.add(id);
                feed.append(s == 0 ? "" : ",").append(service(id, organisation, s));
            }
            Import attempt = new Import(services);
            sent.add(attempt);
            try {
                ApiClient.Response r = admin.post("/api/v1/directory/imports", feed.append("]").toString());
                if (r.status() != 200 || r.json().get("created").asInt() != SERVICES_PER_IMPORT) {
                    throw new AssertionError("import refused: " + r);
                }
                imported.add(attempt);
            } catch (RuntimeException | AssertionError crashed) {
                if (writing.get()) {
                    failures.add(crashed.toString());
                }
                return;
            }
        }
    }

    private static String service(UUID id, UUID organisation, int n) {
        return """
                {"id":"%s","name":"Crash test walk %d %s","status":"active","description":"A walk for anyone.",
                 "organization":{"id":"%s","name":"Crash Walkers %s","description":"A test group"},
                 "service_at_locations":[{"id":"%s","location":{"id":"%s","location_type":"physical",
                   "latitude":53.8,"longitude":-1.55,"addresses":[{"id":"%s","address_1":"%d Test Street","city":"Leeds",
                   "state_province":"West Yorkshire","postal_code":"LS1 1AA","country":"GB","address_type":"physical"}]}}]}"""
                .formatted(id, n, id, organisation, organisation, UUID.randomUUID(), UUID.randomUUID(),
                        UUID.randomUUID(), n + 1);
    }

    private static long paidPence(Connection db, BudgetScenario budget) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("""
                select coalesce(sum(case when side = 'D' then amount_pence else -amount_pence end), 0)
                from ledger_entry where budget_id = ? and account_type = 'PAID' and line_id = ?""")) {
            q.setObject(1, budget.budget);
            q.setObject(2, budget.maintenance);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long unbalancedTransactions(Connection db) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("""
                select count(*) from (select transaction_id from ledger_entry group by transaction_id
                  having sum(case when side = 'D' then amount_pence else 0 end)
                      <> sum(case when side = 'C' then amount_pence else 0 end)) unbalanced""");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
