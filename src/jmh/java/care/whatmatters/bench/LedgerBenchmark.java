package care.whatmatters.bench;

import care.whatmatters.budget.domain.ledger.Balances;
import care.whatmatters.budget.domain.ledger.Ledger;
import care.whatmatters.budget.domain.ledger.LedgerTransaction;
import care.whatmatters.budget.domain.ledger.LinePayment;
import care.whatmatters.budget.domain.ledger.Posting;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A budget's balances from its ledger: every payment replays the budget's history (balances are sums of
 * entries, never stored), so this is paid on every movement of money. Histories of 10 to 1,000 payments.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LedgerBenchmark {

    @Param({"10", "100", "1000"})
    int payments;

    List<LedgerTransaction> history;
    UUID line;

    @Setup
    public void setUp() {
        Ledger ledger = Ledger.of(List.of());
        UUID funder = UUID.randomUUID();
        line = UUID.randomUUID();
        Money total = Money.ofPence(100L * (payments + 1));
        ledger.contribute(posting(), funder, total, null);
        ledger.commit(posting(), line, funder, total, null);
        for (int i = 0; i < payments; i++) {
            ledger.pay(posting(), new LinePayment(line, "Personal assistant", Money.ofPence(100), "Payee",
                    "key-" + i, "fingerprint-" + i));
        }
        history = List.copyOf(ledger.transactions());
    }

    private static Posting posting() {
        return new Posting(UUID.randomUUID(), LocalDate.of(2026, 11, 23), "benchmark",
                new Stamp("Benchmark", Instant.parse("2026-11-23T10:00:00Z")));
    }

    @Benchmark
    public Balances replayAndBalance() {
        return Ledger.of(history).balances();
    }

    @Benchmark
    public Money remainingOnTheLine() {
        return Ledger.of(history).remainingOn(line);
    }
}
