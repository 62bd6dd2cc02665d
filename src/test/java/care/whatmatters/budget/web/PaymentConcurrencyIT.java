package care.whatmatters.budget.web;

import static care.whatmatters.budget.web.BudgetScenario.expect;
import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payments racing each other over real HTTP on the real database: twenty copies of one payment (a retry
 * storm, a double click) record it once, and twenty different payments racing for a line's last £100 never
 * take it below zero.
 */
@IntegrationTest
class PaymentConcurrencyIT {

    private static final int THREADS = 20;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twentyRequestsWithTheSameIdempotencyKeyRecordOnePaymentAndAllAnswerIt() throws Exception {
        BudgetScenario s = BudgetScenario.approved(port, "SameKey");
        String key = UUID.randomUUID().toString();

        List<ApiClient.Response> answers = race(i -> s.pay(s.chair, "250.00", key));

        assertThat(answers).allSatisfy(r -> expect(201, r));
        assertThat(answers.stream().map(r -> r.json().get("id").asString()).distinct()).hasSize(1);
        assertThat(answers.stream().filter(r -> "false".equals(r.header("Idempotency-Replayed")))).hasSize(1);
        assertThat(jdbc.sql("select count(*) from ledger_transaction where budget_id = ? and idempotency_key = ?")
                .params(s.budget, key).query(Long.class).single()).isEqualTo(1);
        assertThat(paid(s, s.chair)).isEqualTo(25_000);
    }

    @Test
    void twentyDifferentPaymentsRacingForTheLastHundredPoundsNeverOverspend() throws Exception {
        BudgetScenario s = BudgetScenario.approved(port, "LastHundred");
        expect(201, s.pay(s.maintenance, "650.00", UUID.randomUUID().toString()));

        List<ApiClient.Response> answers = race(i -> s.pay(s.maintenance, "25.00", UUID.randomUUID().toString()));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
        assertThat(answers.stream().filter(r -> r.status() == 201)).hasSize(4);
        assertThat(answers.stream().filter(r -> r.status() == 409))
                .allSatisfy(r -> assertThat(r.json().get("detail").asString()).contains("is more than the"));
        assertThat(paid(s, s.maintenance)).isEqualTo(75_000);
        assertThat(jdbc.sql("""
                select coalesce(sum(case when side = 'D' then amount_pence else -amount_pence end), 0)
                from ledger_entry where budget_id = ? and account_type = 'COMMITTED' and line_id = ?""")
                .params(s.budget, s.maintenance).query(Long.class).single()).isZero();
    }

    /** Sends twenty requests at once (released together by a latch) and answers every response. */
    private static List<ApiClient.Response> race(java.util.function.IntFunction<ApiClient.Response> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiClient.Response>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int n = i;
                Callable<ApiClient.Response> call = () -> {
                    start.await();
                    return request.apply(n);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<ApiClient.Response> answers = new ArrayList<>();
            for (Future<ApiClient.Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    /** What has been paid for a line, summed from the ledger's entries in the database. */
    private long paid(BudgetScenario s, UUID line) {
        return jdbc.sql("""
                select coalesce(sum(case when side = 'D' then amount_pence else -amount_pence end), 0)
                from ledger_entry where budget_id = ? and account_type = 'PAID' and line_id = ?""")
                .params(s.budget, line).query(Long.class).single();
    }
}
