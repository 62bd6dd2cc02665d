package care.whatmatters.budget.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.shared.Money;
import care.whatmatters.shared.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * For any sequence of contributions, commitments, releases, payments, refunds, exceptions and reversals,
 * whether each is accepted or refused: every transaction balances, no account (so no line and no budget)
 * goes below zero, money is spent beyond what funders put in only through an approver's exception, and
 * the balances are exactly the sum of the entries.
 */
class LedgerProperties {

    private static final UUID[] FUNDERS = {UUID.randomUUID(), UUID.randomUUID()};
    private static final UUID[] LINES = {UUID.randomUUID(), UUID.randomUUID()};
    private static final Stamp STAMP = new Stamp("property test", Instant.EPOCH);

    sealed interface Op permits Contribute, Commit, Release, Pay, Refund, Allow, Reverse {
    }

    record Contribute(int funder, long pence) implements Op {
    }

    /** Amounts in thousandths of what the account it draws on holds, so that over a thousand is too much. */
    record Commit(int line, int funder, int permille) implements Op {
    }

    record Release(int line, int funder, int permille) implements Op {
    }

    record Pay(int line, int permille) implements Op {
    }

    record Refund(int line, int permille) implements Op {
    }

    record Allow(int line, long pence) implements Op {
    }

    record Reverse(int index) implements Op {
    }

    @Property(tries = 500)
    void theLedgerStaysBalancedNonNegativeAndDerivedFromItsEntries(@ForAll("operations") List<Op> operations) {
        Ledger ledger = new Ledger();
        for (Op op : operations) {
            List<LedgerTransaction> before = ledger.transactions();
            try {
                apply(ledger, op);
                assertThat(ledger.transactions()).hasSize(before.size() + 1);
                Statistics.label("outcome").collect(op.getClass().getSimpleName() + " accepted");
            } catch (LedgerRefusal refused) {
                assertThat(ledger.transactions()).as("a refused %s records nothing", op).isEqualTo(before);
                Statistics.label("outcome").collect(op.getClass().getSimpleName() + " refused");
            }
            checkInvariants(ledger);
        }
        assertThat(Ledger.of(ledger.transactions()).balances().all()).isEqualTo(ledger.balances().all());
        // The generator must reach the interesting cases: payments both made and refused as overspends.
        Statistics.label("outcome").coverage(cover -> {
            cover.check("Pay accepted").percentage(p -> p > 5);
            cover.check("Pay refused").percentage(p -> p > 3);
            cover.check("Refund accepted").percentage(p -> p > 1);
            cover.check("Release accepted").percentage(p -> p > 0.3);
            cover.check("Reverse accepted").percentage(p -> p > 1);
            cover.check("Allow accepted").percentage(p -> p > 1);
        });
    }

    private static void apply(Ledger ledger, Op op) {
        Posting p = new Posting(UUID.randomUUID(), LocalDate.EPOCH, null, STAMP);
        switch (op) {
            case Contribute c -> ledger.contribute(p, FUNDERS[c.funder()], Money.ofPence(c.pence()), null);
            case Commit c -> ledger.commit(p, LINES[c.line()], FUNDERS[c.funder()], share(ledger.balances()
                    .of(LedgerAccount.unallocated(FUNDERS[c.funder()])), c.permille()), null);
            case Release r -> ledger.release(p, LINES[r.line()], FUNDERS[r.funder()], share(ledger.balances()
                    .of(LedgerAccount.committed(LINES[r.line()], FUNDERS[r.funder()])), r.permille()));
            case Pay pay -> ledger.pay(p, new LinePayment(LINES[pay.line()], "line", share(ledger.remainingOn(
                    LINES[pay.line()]), pay.permille()), "payee", UUID.randomUUID().toString(), "f"));
            case Refund r -> ledger.refund(p, LINES[r.line()], share(ledger.paidOn(LINES[r.line()]), r.permille()),
                    "payee");
            case Allow a -> ledger.allowException(p, LINES[a.line()], Money.ofPence(a.pence()), null);
            case Reverse r -> {
                List<LedgerTransaction> all = ledger.transactions();
                ledger.reverse(p, all.isEmpty() ? UUID.randomUUID() : all.get(r.index() % all.size()).id());
            }
        }
    }

    /** A share of a balance, at least a penny, rounded up: 1001‰ or more is always more than the balance. */
    private static Money share(Money balance, int permille) {
        return Money.ofPence(Math.max(1, Math.ceilDiv(balance.pence() * permille, 1000)));
    }

    private static void checkInvariants(Ledger ledger) {
        Map<LedgerAccount, Long> summed = new HashMap<>();
        for (LedgerTransaction t : ledger.transactions()) {
            assertThat(t.debits()).isEqualTo(t.credits());
            for (LedgerEntry e : t.entries()) {
                long signed = e.side() == e.account().type().normal() ? e.amount().pence() : -e.amount().pence();
                summed.merge(e.account(), signed, Long::sum);
            }
        }
        Balances balances = ledger.balances();
        summed.forEach((account, pence) -> assertThat(balances.of(account).pence()).as("%s", account).isEqualTo(pence));
        assertThat(balances.all().keySet()).isEqualTo(summed.keySet());
        assertThat(balances.all().values()).allSatisfy(m -> assertThat(m.isNegative()).isFalse());
        assertThat(balances.trialBalance()).isZero();
        for (UUID funder : FUNDERS) {
            Money held = balances.of(LedgerAccount.unallocated(funder)).plus(balances.sum(a -> funder.equals(a.funder())
                    && a.type() != AccountType.CONTRIBUTION && a.type() != AccountType.UNALLOCATED));
            assertThat(held).as("everything a funder put in is unallocated, committed or paid")
                    .isEqualTo(balances.of(LedgerAccount.contribution(funder)));
        }
        for (UUID line : LINES) {
            Money exceptional = balances.of(LedgerAccount.committed(line, null)).plus(balances.of(LedgerAccount.paid(line,
                    null)));
            assertThat(exceptional).as("money beyond the funders' only from an exception")
                    .isEqualTo(balances.of(LedgerAccount.exception(line)));
        }
        Money paid = balances.sum(AccountType.PAID);
        Money available = balances.sum(AccountType.CONTRIBUTION).plus(balances.sum(AccountType.EXCEPTION));
        assertThat(paid.isGreaterThan(available)).as("the budget is never overspent beyond its exceptions").isFalse();
        if (ledger.transactions().stream().noneMatch(t -> t.kind() == TransactionKind.EXCEPTION)) {
            assertThat(paid.isGreaterThan(balances.sum(AccountType.CONTRIBUTION))).isFalse();
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> funder = Arbitraries.integers().between(0, FUNDERS.length - 1);
        Arbitrary<Integer> line = Arbitraries.integers().between(0, LINES.length - 1);
        Arbitrary<Long> pence = Arbitraries.longs().between(1, 100_000).edgeCases(e -> e.add(1L));
        Arbitrary<Integer> permille = Arbitraries.integers().between(1, 1100).edgeCases(e -> e.add(1000, 1001));
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Combinators.combine(funder, pence).as(Contribute::new)),
                net.jqwik.api.Tuple.of(4, Combinators.combine(line, funder, permille).as(Commit::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(line, funder, permille).as(Release::new)),
                net.jqwik.api.Tuple.of(5, Combinators.combine(line, permille).as(Pay::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(line, permille).as(Refund::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(line, pence).as(Allow::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 1000).map(Reverse::new)));
        return op.list().ofMinSize(1).ofMaxSize(60);
    }
}
