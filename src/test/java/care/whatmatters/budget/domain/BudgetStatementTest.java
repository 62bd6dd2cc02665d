package care.whatmatters.budget.domain;

import static care.whatmatters.budget.domain.BudgetFixture.AGREED_PLAN;
import static care.whatmatters.budget.domain.BudgetFixture.CHAIR_ACTION;
import static care.whatmatters.budget.domain.BudgetFixture.TODAY;
import static care.whatmatters.budget.domain.BudgetFixture.pounds;
import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.budget.domain.ledger.Ledger;
import care.whatmatters.budget.domain.ledger.LinePayment;
import care.whatmatters.budget.domain.ledger.Posting;
import care.whatmatters.shared.Money;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BudgetStatementTest {

    private BudgetFixture f;
    private Ledger ledger;

    @BeforeEach
    void approveAndFund() {
        f = BudgetFixture.approved();
        ledger = new Ledger();
        for (CostLine line : f.budget.costing().liveLines()) {
            for (LineFunding share : line.approvedFunding()) {
                ledger.contribute(posting(), share.funderId(), share.amount(), null);
                ledger.commit(posting(), line.id(), share.funderId(), share.amount(), null);
            }
        }
    }

    @Test
    void showsPlannedCommittedAndPaidForEachLineAndEachFunder() {
        pay(f.chair, pounds(4800), "Mobility Plus Leeds");

        BudgetStatement s = BudgetStatement.of(f.budget, ledger, AGREED_PLAN);

        assertThat(s.lines()).extracting(r -> r.line().details().description(), BudgetStatement.LineRow::planned,
                BudgetStatement.LineRow::committed, BudgetStatement.LineRow::paid, BudgetStatement.LineRow::left)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Higher-spec powered wheelchair", pounds(4800), pounds(4800),
                                pounds(4800), Money.ZERO),
                        org.assertj.core.groups.Tuple.tuple("Maintenance and repairs for 5 years", pounds(750),
                                pounds(750), Money.ZERO, pounds(750)));
        assertThat(s.funders()).extracting(r -> r.funder().name(), BudgetStatement.FunderRow::planned,
                BudgetStatement.FunderRow::contributed, BudgetStatement.FunderRow::paid).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NHS wheelchair service", pounds(3700), pounds(3700), pounds(2950)),
                org.assertj.core.groups.Tuple.tuple("Whizz-Kidz", pounds(1200), pounds(1200), pounds(1200)),
                org.assertj.core.groups.Tuple.tuple("Dylan's own top-up", pounds(650), pounds(650), pounds(650)));
        assertThat(s.totals().indicative()).isEqualTo(pounds(3700));
        assertThat(s.totals().planned()).isEqualTo(pounds(5550));
        assertThat(s.totals().paid()).isEqualTo(pounds(4800));
        assertThat(s.totals().left()).isEqualTo(pounds(750));
        assertThat(s.unplanned()).isEmpty();
    }

    @Test
    void flagsSpendingAboveTheApprovedAmountAndPaymentsToAnotherProvider() {
        ledger.allowException(posting(), f.maintenance, pounds(50), UUID.randomUUID());
        pay(f.maintenance, pounds(800), "Quick Fix Wheelchairs");

        BudgetStatement s = BudgetStatement.of(f.budget, ledger, AGREED_PLAN);

        assertThat(s.unplanned()).extracting(BudgetStatement.UnplannedSpend::why, BudgetStatement.UnplannedSpend::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Paid more than the approved amount of £750.00 (allowed by a "
                                + "budget approver as an exception)", pounds(50)),
                        org.assertj.core.groups.Tuple.tuple("Paid to Quick Fix Wheelchairs, not the planned provider "
                                + "Mobility Plus Leeds", pounds(800)));
        assertThat(s.funders()).last().satisfies(r -> {
            assertThat(r.funder()).isNull();
            assertThat(r.paid()).isEqualTo(pounds(50));
        });
        assertThat(s.totals().exceptions()).isEqualTo(pounds(50));
    }

    @Test
    void flagsSpendingOnAnActionTheTeamCancelledOrTookOffThePlan() {
        pay(f.chair, pounds(100), "Mobility Plus Leeds");
        PlanLink cancelled = new PlanLink(true, Map.of(CHAIR_ACTION, new PlanLink.LinkedAction(CHAIR_ACTION, "Chair",
                "Goal", "Personal health budget", true)));

        assertThat(BudgetStatement.of(f.budget, ledger, cancelled).unplanned())
                .extracting(BudgetStatement.UnplannedSpend::why).contains("The plan action this line pays for was cancelled");
        assertThat(BudgetStatement.of(f.budget, ledger, new PlanLink(true, Map.of())).unplanned())
                .extracting(BudgetStatement.UnplannedSpend::why)
                .contains("The plan action this line pays for is no longer in the plan");
    }

    @Test
    void aReversedPaymentIsNoLongerFlagged() {
        var wrong = pay(f.chair, pounds(100), "Someone else");
        ledger.reverse(posting(), wrong.id());
        assertThat(BudgetStatement.of(f.budget, ledger, AGREED_PLAN).unplanned()).isEmpty();
    }

    private care.whatmatters.budget.domain.ledger.LedgerTransaction pay(UUID line, Money amount, String payee) {
        return ledger.pay(posting(), new LinePayment(line, "line", amount, payee, UUID.randomUUID().toString(), "x"));
    }

    private Posting posting() {
        return new Posting(UUID.randomUUID(), TODAY, null, f.stamp());
    }
}
