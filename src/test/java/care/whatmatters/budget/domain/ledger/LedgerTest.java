package care.whatmatters.budget.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.Money;
import care.whatmatters.shared.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dylan's chair (£4,800), paid for by the NHS (£2,950), a charity (£1,200) and his own top-up (£650). */
class LedgerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private final UUID nhs = UUID.randomUUID();
    private final UUID charity = UUID.randomUUID();
    private final UUID topUp = UUID.randomUUID();
    private final UUID chair = UUID.randomUUID();
    private Ledger ledger;
    private int seconds;

    @BeforeEach
    void fundTheChair() {
        ledger = new Ledger();
        fund(nhs, 2950);
        fund(charity, 1200);
        fund(topUp, 650);
    }

    @Test
    void contributionsAndCommitmentsBalanceAndAreDerivedFromEntries() {
        assertThat(ledger.remainingOn(chair)).isEqualTo(pounds(4800));
        assertThat(ledger.balances().sum(AccountType.CONTRIBUTION)).isEqualTo(pounds(4800));
        assertThat(ledger.balances().sum(AccountType.UNALLOCATED)).isEqualTo(Money.ZERO);
        assertThat(ledger.balances().trialBalance()).isZero();
        assertThat(ledger.transactions()).allSatisfy(t -> assertThat(t.debits()).isEqualTo(t.credits()));
    }

    @Test
    void aPaymentIsSharedBetweenTheFundersInProportionToWhatEachHasCommitted() {
        LedgerTransaction deposit = pay(pounds(1000));

        assertThat(deposit.entries()).filteredOn(e -> e.side() == Side.DEBIT)
                .extracting(e -> e.account().funder(), LedgerEntry::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(nhs, Money.ofPence(61458)),
                        org.assertj.core.groups.Tuple.tuple(charity, pounds(250)),
                        org.assertj.core.groups.Tuple.tuple(topUp, Money.ofPence(13542)));
        assertThat(ledger.paidOn(chair)).isEqualTo(pounds(1000));
        assertThat(ledger.remainingOn(chair)).isEqualTo(pounds(3800));
        assertThat(ledger.committedTo(chair)).isEqualTo(pounds(4800));
        pay(pounds(3800));
        assertThat(ledger.balances().of(LedgerAccount.paid(chair, charity))).isEqualTo(pounds(1200));
        assertThat(ledger.remainingOn(chair)).isEqualTo(Money.ZERO);
    }

    @Test
    void refusesAPaymentThatWouldOverspendTheLineSayingHowMuchIsLeft() {
        pay(pounds(4750));
        int before = ledger.transactions().size();

        assertThatThrownBy(() -> pay(pounds(100))).isInstanceOf(LedgerRefusal.class)
                .hasMessage("This payment of £100.00 is more than the £50.00 left on the line 'Powered wheelchair' "
                        + "(£4,800.00 committed, £4,750.00 already paid). Nothing was paid. If the extra spending is "
                        + "justified, ask a budget approver for an exception.");
        assertThat(ledger.transactions()).hasSize(before);
    }

    @Test
    void anApproversExceptionLetsTheLineSpendMoreAndTheOverspendIsPaidFromItLast() {
        pay(pounds(4750));
        ledger.allowException(posting(), chair, pounds(60), UUID.randomUUID());

        LedgerTransaction overspend = pay(pounds(100));

        assertThat(overspend.entries()).filteredOn(e -> e.side() == Side.DEBIT && e.account().funder() == null)
                .extracting(LedgerEntry::amount).containsExactly(pounds(50));
        assertThat(ledger.balances().of(LedgerAccount.paid(chair, null))).isEqualTo(pounds(50));
        assertThat(ledger.balances().of(LedgerAccount.exception(chair))).isEqualTo(pounds(60));
        assertThat(ledger.remainingOn(chair)).isEqualTo(pounds(10));
    }

    @Test
    void aRefundRestoresExceptionMoneyFirstThenTheFunders() {
        pay(pounds(4750));
        ledger.allowException(posting(), chair, pounds(100), UUID.randomUUID());
        pay(pounds(150));

        ledger.refund(posting(), chair, pounds(120), "Mobility Plus Leeds");

        assertThat(ledger.balances().of(LedgerAccount.paid(chair, null))).isEqualTo(Money.ZERO);
        assertThat(ledger.paidOn(chair)).isEqualTo(pounds(4780));
        assertThatThrownBy(() -> ledger.refund(posting(), chair, pounds(5000), "Shop"))
                .hasMessageContaining("more than the £4,780.00 paid");
    }

    @Test
    void aMistakeIsCorrectedByReversingItOnceAndNeverByChangingIt() {
        LedgerTransaction mistake = pay(pounds(480));
        LedgerTransaction correction = ledger.reverse(posting(), mistake.id());

        assertThat(correction.kind()).isEqualTo(TransactionKind.REVERSAL);
        assertThat(correction.reverses()).isEqualTo(mistake.id());
        assertThat(ledger.paidOn(chair)).isEqualTo(Money.ZERO);
        assertThat(ledger.transactions()).contains(mistake, correction);
        assertThatThrownBy(() -> ledger.reverse(posting(), mistake.id())).hasMessageContaining("already been reversed");
        assertThatThrownBy(() -> ledger.reverse(posting(), correction.id())).hasMessageContaining("cannot itself");
        assertThatThrownBy(() -> ledger.reverse(posting(), UUID.randomUUID())).hasMessageContaining("no transaction");
    }

    @Test
    void refusesAReversalThatWouldTakeAnAccountBelowZero() {
        LedgerTransaction contribution = ledger.transactions().get(0);
        assertThatThrownBy(() -> ledger.reverse(posting(), contribution.id()))
                .hasMessageContaining("would take 'Not yet allocated' below zero");
    }

    @Test
    void refusesToCommitMoreThanAFunderHasLeftOrReleaseMoreThanIsCommitted() {
        assertThatThrownBy(() -> ledger.commit(posting(), chair, nhs, pounds(1), null))
                .hasMessageContaining("Only £0.00 of this funder's contribution");
        assertThatThrownBy(() -> ledger.release(posting(), chair, nhs, pounds(3000)))
                .hasMessageContaining("Only £2,950.00");
        ledger.release(posting(), chair, nhs, pounds(950));
        assertThat(ledger.balances().of(LedgerAccount.unallocated(nhs))).isEqualTo(pounds(950));
    }

    @Test
    void remembersThePaymentOfEachIdempotencyKeyAndTheFirstPaymentDate() {
        LedgerTransaction first = pay(pounds(10));
        assertThat(ledger.paymentWithKey(first.idempotencyKey())).contains(first);
        assertThat(ledger.firstPaymentDate()).contains(TODAY);
        ledger.reverse(posting(), first.id());
        assertThat(ledger.firstPaymentDate()).isEmpty();
    }

    @Test
    void refusesAnUnbalancedOrOneSidedTransaction() {
        LedgerAccount a = LedgerAccount.unallocated(nhs);
        LedgerAccount b = LedgerAccount.contribution(nhs);
        Stamp stamp = posting().stamp();
        assertThatThrownBy(() -> new LedgerTransaction(UUID.randomUUID(), TransactionKind.CONTRIBUTION, TODAY, null,
                null, null, null, null, null, null, java.util.List.of(LedgerEntry.debit(a, pounds(2)),
                LedgerEntry.credit(b, pounds(1))), stamp)).hasMessageContaining("debits must equal its credits");
        assertThatThrownBy(() -> new LedgerTransaction(UUID.randomUUID(), TransactionKind.CONTRIBUTION, TODAY, null,
                null, null, null, null, null, null, java.util.List.of(LedgerEntry.debit(a, pounds(2))), stamp))
                .hasMessageContaining("at least two entries");
        assertThatThrownBy(() -> LedgerEntry.debit(a, Money.ZERO)).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> new LedgerAccount(AccountType.CONTRIBUTION, null, chair))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void fund(UUID funder, long pounds) {
        ledger.contribute(posting(), funder, pounds(pounds), null);
        ledger.commit(posting(), chair, funder, pounds(pounds), null);
    }

    private LedgerTransaction pay(Money amount) {
        return ledger.pay(posting(), new LinePayment(chair, "Powered wheelchair", amount, "Mobility Plus Leeds",
                UUID.randomUUID().toString(), "fingerprint"));
    }

    private Posting posting() {
        return new Posting(UUID.randomUUID(), TODAY, null, new Stamp("Sam Okafor", Instant.EPOCH.plusSeconds(seconds++)));
    }

    private static Money pounds(long pounds) {
        return Money.ofPounds(pounds);
    }
}
