package care.whatmatters.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.budget.web.BudgetScenario;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Bounded load from many clients on the same records at once (8 clients x 25 operations each, released
 * together; the test stops by itself): editing one plan, paying from one budget and taking one referral.
 * Every answer must be a success or a 409 that tells the client to reload; never a 5xx (a deadlock or
 * serialization failure must not leak out as a 500), never a lost update, never a double payment.
 */
@IntegrationTest
class ConcurrencyIT {

    private static final int CLIENTS = 8;
    private static final int OPERATIONS = 25;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @FunctionalInterface
    private interface Operation {
        ApiClient.Response run(int client, int operation);
    }

    @Test
    void manyClientsEditingOnePlanLoseNoUpdateAndAreToldWhenTheyAreStale() throws Exception {
        ApiClient ot = ApiClient.as(port, "ot");
        UUID person = TestPeople.register(ot, "Concurrent-plan");
        String plan = "/api/v1/persons/" + person + "/plan";
        String started = ot.post(plan, TestPeople.json(Map.of("reviewDate", LocalDate.now().plusMonths(3).toString())))
                .etag();
        ApiClient.Response matters = ot.post(plan + "/what-matters", TestPeople.json(Map.of("text", "Home")), started);
        String mattersId = matters.json().get("id").asString();

        List<ApiClient.Response> answers = load((c, i) -> {
            String version = ot.get(plan).etag();
            return ot.post(plan + "/goals", TestPeople.json(Map.of("whatMattersId", mattersId,
                    "text", "Goal " + c + "-" + i)), version);
        });

        assertOnlySuccessOr409(answers, 201);
        Set<String> accepted = new HashSet<>();
        answers.stream().filter(r -> r.status() == 201).forEach(r -> accepted.add(r.json().get("text").asString()));
        assertThat(accepted).as("some edits got through").isNotEmpty();
        JsonNode goals = ot.get(plan).json().get("goals");
        Set<String> stored = new HashSet<>();
        goals.forEach(g -> stored.add(g.get("text").asString()));
        assertThat(stored).as("final plan = exactly the accepted edits").isEqualTo(accepted);
        assertThat(goals.size()).isEqualTo(accepted.size());
    }

    @Test
    void manyClientsPayingFromOneBudgetNeverPayTwiceNorOverspendAndTheLedgerBalances() throws Exception {
        BudgetScenario s = BudgetScenario.approved(port, "Concurrent-budget");
        String run = UUID.randomUUID().toString();

        // Even clients retry the same 25 payments (shared keys, as a retry storm would); odd clients race
        // distinct £25 payments for the £750 maintenance line, far more than it holds.
        List<ApiClient.Response> answers = load((c, i) -> c % 2 == 0
                ? s.pay(s.chair, "100.00", run + "-chair-" + i)
                : s.pay(s.maintenance, "25.00", run + "-" + c + "-" + i));

        assertOnlySuccessOr409(answers, 201);
        assertThat(paid(s.budget, s.chair)).as("each shared key paid once").isEqualTo(OPERATIONS * 10_000L);
        assertThat(count("select count(*) from ledger_transaction where budget_id = ? and line_id = ? and kind = 'PAYMENT'",
                s.budget, s.chair)).isEqualTo(OPERATIONS);
        assertThat(paid(s.budget, s.maintenance)).as("never beyond the approved £750").isEqualTo(75_000L);
        long acceptedMaintenance = answers.stream().filter(r -> r.status() == 201)
                .filter(r -> r.json().get("lineId").asString().equals(s.maintenance.toString())).count();
        assertThat(acceptedMaintenance).isEqualTo(30);
        assertThat(count("""
                select count(*) from (select transaction_id from ledger_entry where budget_id = ?
                group by transaction_id having sum(case when side = 'D' then amount_pence else 0 end)
                <> sum(case when side = 'C' then amount_pence else 0 end)) unbalanced""", s.budget))
                .as("every ledger transaction balances").isZero();
    }

    @Test
    void manyClientsTakingTheSameReferralLetExactlyOneTakeIt() throws Exception {
        ApiClient gp = ApiClient.as(port, "gp");
        List<String> referrals = new ArrayList<>();
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < OPERATIONS; i++) {
            UUID person = TestPeople.register(gp, "Concurrent-referral");
            ApiClient.Response referred = gp.post("/api/v1/persons/" + person + "/referrals", TestPeople.json(Map.of(
                    "source", "GP", "reasons", "Lonely; wants to meet people", "needs", List.of("loneliness"))));
            assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
            people.add(person);
            referrals.add(referred.json().get("id").asString());
        }

        List<ApiClient.Response> answers = load((c, i) -> ApiClient.as(port, "linkworker").post(
                "/api/v1/persons/" + people.get(i) + "/referrals/" + referrals.get(i) + "/take", ""));

        assertOnlySuccessOr409(answers, 200);
        for (int i = 0; i < OPERATIONS; i++) {
            String path = "/api/v1/persons/" + people.get(i) + "/referrals/" + referrals.get(i) + "/take";
            long taken = answers.stream().filter(r -> r.status() == 200)
                    .filter(r -> r.raw().request().uri().getPath().equals(path)).count();
            assertThat(taken).as("referral %d taken exactly once", i).isEqualTo(1);
            assertThat(count("select count(*) from care_team_member where person_id = ? and ended_at is null "
                    + "and practitioner_id = (select practitioner_id from account where username = 'linkworker')",
                    people.get(i))).as("the link worker joined the team once").isEqualTo(1);
        }
    }

    /** Runs every client's operations at once; answers every response, in no particular order. */
    /**
     * More clients at once than the database pool has connections, each opening a whole record (a read that
     * audits its access decision from inside its transaction): every one is answered. When audit entries took
     * their connection from the same pool, such a burst held every connection and waited for one more: 503s.
     */
    @Test
    void aBurstOfMoreReadersThanTheDatabasePoolHasConnectionsIsServed() throws Exception {
        ApiClient ot = ApiClient.as(port, "ot");
        UUID person = TestPeople.register(ot, "Concurrent-readers");
        String record = "/api/v1/persons/" + person + "/record";
        List<ApiClient.Response> answers = load(BURST, 4, (c, i) -> ot.get(record));
        assertThat(answers).hasSize(BURST * 4).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
    }

    private static final int BURST = 60;

    private List<ApiClient.Response> load(Operation operation) throws Exception {
        return load(CLIENTS, OPERATIONS, operation);
    }

    private List<ApiClient.Response> load(int clientCount, int operations, Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clientCount);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ApiClient.Response>>> clients = new ArrayList<>();
            for (int c = 0; c < clientCount; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    start.await();
                    List<ApiClient.Response> mine = new ArrayList<>();
                    for (int i = 0; i < operations; i++) {
                        mine.add(operation.run(client, i));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<ApiClient.Response> all = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<ApiClient.Response>> client : clients) {
                all.addAll(client.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOnlySuccessOr409(List<ApiClient.Response> answers, int success) {
        assertThat(answers).hasSize(CLIENTS * OPERATIONS).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isIn(success, 409);
            if (r.status() == 409) {
                assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            }
        });
    }

    private long paid(UUID budget, UUID line) {
        return count("""
                select coalesce(sum(case when side = 'D' then amount_pence else -amount_pence end), 0)
                from ledger_entry where budget_id = ? and account_type = 'PAID' and line_id = ?""", budget, line);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
