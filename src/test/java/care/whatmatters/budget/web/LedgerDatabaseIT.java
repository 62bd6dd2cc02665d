package care.whatmatters.budget.web;

import static care.whatmatters.budget.web.BudgetScenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's rules as the database itself keeps them, whatever the application does: no entry is ever
 * changed, deleted or truncated; a transaction whose debits and credits differ cannot be committed; an
 * Idempotency-Key pays at most once per budget; and the balances the API shows are the sums of the entries.
 */
@IntegrationTest
class LedgerDatabaseIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void refusesToChangeDeleteOrTruncateAnyLedgerRow() {
        BudgetScenario s = BudgetScenario.approved(port, "AppendOnly");
        assertThatThrownBy(() -> jdbc.sql("update ledger_entry set amount_pence = 1 where budget_id = ?")
                .param(s.budget).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_entry where budget_id = ?").param(s.budget).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update ledger_transaction set description = 'x' where budget_id = ?")
                .param(s.budget).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_transaction where budget_id = ?").param(s.budget)
                .update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate ledger_entry").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate ledger_transaction cascade").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void refusesToCommitATransactionWhoseDebitsAndCreditsDiffer() {
        BudgetScenario s = BudgetScenario.approved(port, "Unbalanced");
        UUID tx = UUID.randomUUID();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            insertTransaction(s, tx, "CONTRIBUTION", null);
            insertEntry(s, tx, 0, "UNALLOCATED", "D", 100);
            insertEntry(s, tx, 1, "CONTRIBUTION", "C", 99);
        })).rootCause().hasMessageContaining("does not balance");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            insertTransaction(s, UUID.randomUUID(), "CONTRIBUTION", null);
        })).rootCause().hasMessageContaining("does not balance");
        assertThat(jdbc.sql("select count(*) from ledger_transaction where id = ?").param(tx).query(Long.class).single())
                .isZero();
    }

    @Test
    void refusesAnEntryAddedLaterThatUnbalancesAnEarlierTransaction() {
        BudgetScenario s = BudgetScenario.approved(port, "AddedLater");
        UUID earlier = jdbc.sql("select id from ledger_transaction where budget_id = ? limit 1").param(s.budget)
                .query(UUID.class).single();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                insertEntry(s, earlier, 90, "UNALLOCATED", "D", 1))).rootCause().hasMessageContaining("does not balance");
    }

    @Test
    void anIdempotencyKeyPaysAtMostOncePerBudget() {
        BudgetScenario s = BudgetScenario.approved(port, "UniqueKey");
        expect(201, s.pay(s.chair, "10.00", "the-same-key"));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                insertTransaction(s, UUID.randomUUID(), "PAYMENT", "the-same-key")))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void theBalancesTheApiShowsAreTheSumsOfTheEntriesInTheDatabase() {
        BudgetScenario s = BudgetScenario.approved(port, "Sums");
        expect(201, s.pay(s.chair, "1,000.00", UUID.randomUUID().toString()));
        expect(201, s.pay(s.maintenance, "75.50", UUID.randomUUID().toString()));

        var balances = expect(200, s.as("ot").get(s.path("/ledger"))).json().get("balances");
        for (var b : balances) {
            long summed = jdbc.sql("""
                    select coalesce(sum(case when side = case when account_type in ('CONTRIBUTION', 'EXCEPTION')
                      then 'C' else 'D' end then amount_pence else -amount_pence end), 0)
                    from ledger_entry where budget_id = ? and account_type = ?
                      and funder_id is not distinct from ?::uuid and line_id is not distinct from ?::uuid""")
                    .params(s.budget, b.get("account").asString(), text(b.get("funderId")), text(b.get("lineId")))
                    .query(Long.class).single();
            assertThat(b.get("balance").get("pence").asLong()).as(b.toString()).isEqualTo(summed);
        }
        assertThat(jdbc.sql("""
                select sum(case when side = 'D' then amount_pence else -amount_pence end) from ledger_entry
                where budget_id = ?""").param(s.budget).query(Long.class).single()).isZero();
    }

    private static String text(tools.jackson.databind.JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private void insertTransaction(BudgetScenario s, UUID id, String kind, String key) {
        jdbc.sql("""
                insert into ledger_transaction (id, budget_id, person_id, kind, value_date, idempotency_key,
                  recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, 'test')""")
                .params(id, s.budget, s.person, kind, LocalDate.now(), key, Timestamp.from(Instant.now())).update();
    }

    private void insertEntry(BudgetScenario s, UUID tx, int position, String account, String side, long pence) {
        jdbc.sql("""
                insert into ledger_entry (transaction_id, position, budget_id, person_id, account_type, funder_id,
                  side, amount_pence) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tx, position, s.budget, s.person, account, s.nhs, side, pence).update();
    }
}
