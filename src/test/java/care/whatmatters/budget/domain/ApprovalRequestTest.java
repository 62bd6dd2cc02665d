package care.whatmatters.budget.domain;

import static care.whatmatters.budget.domain.BudgetFixture.DYLAN;
import static care.whatmatters.budget.domain.BudgetFixture.START;
import static care.whatmatters.budget.domain.BudgetFixture.TODAY;
import static care.whatmatters.budget.domain.BudgetFixture.pounds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.Stamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApprovalRequestTest {

    private static final ApprovalTimeLimits LIMITS = new ApprovalTimeLimits(14, 28, 5);
    private static final UUID BUDGET = UUID.randomUUID();
    private static final UUID LINE = UUID.randomUUID();
    private int minutes;

    @Test
    void isDueWithinTheTimeLimitForItsKindCountedFromTheDayThePersonAsked() {
        assertThat(request(RequestKind.INITIAL, TODAY.minusDays(3)).dueOn()).isEqualTo(TODAY.plusDays(11));
        assertThat(reconsideration(TODAY).dueOn()).isEqualTo(TODAY.plusDays(28));
        assertThat(exception(pounds(100)).dueOn()).isEqualTo(TODAY.plusDays(5));
    }

    @Test
    void becomesOverdueTheDayAfterItIsDueUntilItIsDecided() {
        ApprovalRequest r = request(RequestKind.INITIAL, TODAY.minusDays(20));
        assertThat(r.overdue(TODAY.minusDays(6))).isFalse();
        assertThat(r.overdue(TODAY.minusDays(5))).isTrue();
        assertThat(r.daysOverdue(TODAY)).isEqualTo(6);

        ApprovalRequest decided = r.decide(decision(DecisionOutcome.APPROVED, DecisionReason.A01, Map.of()));
        assertThat(decided.overdue(TODAY)).isFalse();
        assertThat(decided.daysOverdue(TODAY)).isZero();
    }

    @Test
    void refusesAnAskingDateInTheFutureOrOverAYearAgo() {
        assertThatThrownBy(() -> request(RequestKind.INITIAL, TODAY.plusDays(1))).hasMessageContaining("future");
        assertThatThrownBy(() -> request(RequestKind.INITIAL, TODAY.minusYears(1).minusDays(1)))
                .hasMessageContaining("within the last year");
    }

    @Test
    void aReconsiderationOrAnExceptionMustSayWhy() {
        assertThatThrownBy(() -> ApprovalRequest.file(UUID.randomUUID(), BUDGET, DYLAN, RequestKind.RECONSIDERATION,
                TODAY, " ", null, null, null, LIMITS, TODAY, stamp())).hasMessageContaining("note is required");
        assertThatThrownBy(() -> ApprovalRequest.file(UUID.randomUUID(), BUDGET, DYLAN, RequestKind.EXCEPTION,
                TODAY, "Price went up", LINE, Money.ZERO, null, LIMITS, TODAY, stamp()))
                .hasMessageContaining("more than £0.00");
    }

    @Test
    void everyDecisionHasAReasonThatFitsItAndAnExplanationForThePerson() {
        ApprovalRequest r = request(RequestKind.INITIAL, TODAY);
        assertThatThrownBy(() -> r.decide(decision(DecisionOutcome.REFUSED, DecisionReason.A01, Map.of())))
                .hasMessageContaining("does not fit the decision 'Refused'");
        assertThatThrownBy(() -> r.decide(new Decision(DecisionOutcome.APPROVED, DecisionReason.A01, " ", Map.of(),
                stamp()))).hasMessageContaining("explanation is required");
        assertThatThrownBy(() -> r.decide(decision(DecisionOutcome.APPROVED, DecisionReason.A03, Map.of())))
                .hasMessageContaining("not a reason for a approval of the costed plan");
        assertThatThrownBy(() -> r.decide(decision(DecisionOutcome.APPROVED_WITH_CHANGES, DecisionReason.C01,
                Map.of()))).hasMessageContaining("must say what is approved for each line");
        assertThatThrownBy(() -> r.decide(decision(DecisionOutcome.APPROVED, DecisionReason.A01,
                Map.of(LINE, pounds(1))))).hasMessageContaining("only when approving with changes");
    }

    @Test
    void isDecidedOnceAndNeverAgain() {
        ApprovalRequest decided = request(RequestKind.INITIAL, TODAY)
                .decide(decision(DecisionOutcome.REFUSED, DecisionReason.R04, Map.of()));
        assertThat(decided.outcome()).contains(DecisionOutcome.REFUSED);
        assertThatThrownBy(() -> decided.decide(decision(DecisionOutcome.APPROVED, DecisionReason.A01, Map.of())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already decided on by Helen Carter");
    }

    @Test
    void anExceptionAllowsWhatWasAskedForOrLessOrNothing() {
        assertThat(exception(pounds(100)).decide(decision(DecisionOutcome.APPROVED, DecisionReason.E01, Map.of()))
                .allowedException()).isEqualTo(pounds(100));
        assertThat(exception(pounds(100)).decide(decision(DecisionOutcome.APPROVED_WITH_CHANGES, DecisionReason.E02,
                Map.of(LINE, pounds(60)))).allowedException()).isEqualTo(pounds(60));
        assertThat(exception(pounds(100)).decide(decision(DecisionOutcome.REFUSED, DecisionReason.R06, Map.of()))
                .allowedException()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> exception(pounds(100)).decide(decision(DecisionOutcome.APPROVED_WITH_CHANGES,
                DecisionReason.E01, Map.of(LINE, pounds(100))))).hasMessageContaining("less than the £100.00 asked for");
        assertThatThrownBy(() -> exception(pounds(100)).decide(decision(DecisionOutcome.APPROVED,
                DecisionReason.A01, Map.of()))).hasMessageContaining("not a reason for a exception");
    }

    @Test
    void aRefusalOrAReductionCanBeReconsideredOnceButAnApprovalCannot() {
        List<ApprovalRequest> requests = new ArrayList<>();
        requests.add(request(RequestKind.INITIAL, TODAY).decide(decision(DecisionOutcome.APPROVED_WITH_CHANGES,
                DecisionReason.C01, Map.of(LINE, pounds(1)))));
        ApprovalRequest reduced = requests.get(0);
        assertThat(new ApprovalHistory(requests).reconsiderable()).contains(reduced);

        requests.add(reconsideration(TODAY));
        assertThat(new ApprovalHistory(requests).reconsiderable()).isEmpty();
        assertThat(new ApprovalHistory(requests).pending()).hasSize(1);
        requests.set(1, requests.get(1).decide(decision(DecisionOutcome.REFUSED, DecisionReason.R07, Map.of())));
        assertThatThrownBy(() -> new ApprovalHistory(requests).requireReconsiderable())
                .hasMessageContaining("no decision to reconsider");

        List<ApprovalRequest> approved = List.of(request(RequestKind.INITIAL, TODAY)
                .decide(decision(DecisionOutcome.APPROVED, DecisionReason.A01, Map.of())));
        assertThat(new ApprovalHistory(approved).reconsiderable()).isEmpty();
    }

    private ApprovalRequest request(RequestKind kind, java.time.LocalDate askedOn) {
        return ApprovalRequest.file(UUID.randomUUID(), BUDGET, DYLAN, kind, askedOn, "Please approve", null, null, null,
                LIMITS, TODAY, stamp());
    }

    private ApprovalRequest reconsideration(java.time.LocalDate askedOn) {
        return ApprovalRequest.file(UUID.randomUUID(), BUDGET, DYLAN, RequestKind.RECONSIDERATION, askedOn,
                "The cheaper chair will not get me up the hill to campus", null, null, UUID.randomUUID(), LIMITS, TODAY,
                stamp());
    }

    private ApprovalRequest exception(Money amount) {
        return ApprovalRequest.file(UUID.randomUUID(), BUDGET, DYLAN, RequestKind.EXCEPTION, TODAY,
                "The supplier's price rose", LINE, amount, null, LIMITS, TODAY, stamp());
    }

    private Decision decision(DecisionOutcome outcome, DecisionReason reason, Map<UUID, Money> amounts) {
        return new Decision(outcome, reason, "Explained to Dylan", amounts,
                new Stamp("Helen Carter, Budget approver", START));
    }

    private Stamp stamp() {
        return new Stamp("Sam Okafor, Occupational therapist", START.plusSeconds(60L * minutes++));
    }
}
