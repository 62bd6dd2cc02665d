package care.whatmatters.budget.persistence;

import static care.whatmatters.budget.persistence.Rows.ts;

import care.whatmatters.budget.domain.ledger.AccountType;
import care.whatmatters.budget.domain.ledger.Ledger;
import care.whatmatters.budget.domain.ledger.LedgerAccount;
import care.whatmatters.budget.domain.ledger.LedgerEntry;
import care.whatmatters.budget.domain.ledger.LedgerTransaction;
import care.whatmatters.budget.domain.ledger.Side;
import care.whatmatters.budget.domain.ledger.TransactionKind;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends to and reads a budget's ledger. There is no update and no delete here, and the database refuses
 * them anyway; the balances are recomputed from the entries every time the ledger is read.
 */
@Repository
public class LedgerRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LedgerRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Ledger load(PersonId person, UUID budget) {
        Map<UUID, List<LedgerEntry>> entries = new LinkedHashMap<>();
        jdbc.sql("select * from ledger_entry where person_id = ? and budget_id = ? order by transaction_id, position")
                .params(person.value(), budget).query(rs -> {
                    entries.computeIfAbsent(rs.getObject("transaction_id", UUID.class), k -> new ArrayList<>())
                            .add(new LedgerEntry(new LedgerAccount(AccountType.valueOf(rs.getString("account_type")),
                                    rs.getObject("funder_id", UUID.class), rs.getObject("line_id", UUID.class)),
                                    "D".equals(rs.getString("side")) ? Side.DEBIT : Side.CREDIT,
                                    Money.ofPence(rs.getLong("amount_pence"))));
                });
        List<LedgerTransaction> transactions = jdbc.sql("""
                select * from ledger_transaction where person_id = ? and budget_id = ? order by sequence""")
                .params(person.value(), budget)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new LedgerTransaction(id, TransactionKind.valueOf(rs.getString("kind")),
                            rs.getObject("value_date", LocalDate.class), rs.getString("description"),
                            rs.getObject("line_id", UUID.class), rs.getString("counterparty"),
                            rs.getObject("reference_id", UUID.class), rs.getObject("reverses_id", UUID.class),
                            rs.getString("idempotency_key"), rs.getString("request_fingerprint"), entries.get(id),
                            Rows.stamp(rs, "recorded"));
                }).list();
        return Ledger.of(transactions);
    }

    public void append(PersonId person, UUID budget, LedgerTransaction t) {
        jdbc.sql("""
                insert into ledger_transaction (id, budget_id, person_id, kind, value_date, description, line_id,
                  counterparty, reference_id, reverses_id, idempotency_key, request_fingerprint, recorded_at,
                  recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(t.id(), budget, person.value(), t.kind().name(), t.valueDate(), t.description(), t.line(),
                        t.counterparty(), t.reference(), t.reverses(), t.idempotencyKey(), t.fingerprint(),
                        ts(t.recorded().at()), t.recorded().by()).update();
        List<Integer> positions = java.util.stream.IntStream.range(0, t.entries().size()).boxed().toList();
        batch.batchUpdate("""
                insert into ledger_entry (transaction_id, position, budget_id, person_id, account_type, funder_id,
                  line_id, side, amount_pence) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", positions, 50, (ps, position) -> {
                    LedgerEntry e = t.entries().get(position);
                    ps.setObject(1, t.id());
                    ps.setShort(2, position.shortValue());
                    ps.setObject(3, budget);
                    ps.setObject(4, person.value());
                    ps.setString(5, e.account().type().name());
                    ps.setObject(6, e.account().funder());
                    ps.setObject(7, e.account().line());
                    ps.setString(8, e.side() == Side.DEBIT ? "D" : "C");
                    ps.setLong(9, e.amount().pence());
                });
    }
}
