package care.whatmatters.budget.domain;

import static care.whatmatters.budget.domain.BudgetFixture.AGREED_PLAN;
import static care.whatmatters.budget.domain.BudgetFixture.DYLAN;
import static care.whatmatters.budget.domain.BudgetFixture.TODAY;
import static care.whatmatters.budget.domain.BudgetFixture.pounds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.Money;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BudgetTest {

    @Test
    void opensAsADraftThatTheTeamSetsUp() {
        BudgetFixture f = BudgetFixture.draft();
        assertThat(f.budget.status()).isEqualTo(BudgetStatus.DRAFT);
        assertThat(f.budget.costing().plannedTotal()).isEqualTo(pounds(5550));
        assertThat(f.budget.costing().statutoryPlanned()).isEqualTo(pounds(3700));
        assertThat(f.budget.indicative().orElseThrow().total()).isEqualTo(pounds(3700));
    }

    @Test
    void refusesContinuingHealthcareForAChildAndChildrensContinuingCareForAnAdult() {
        assertThatThrownBy(() -> open(EligibilityBasis.CHC, 17)).hasMessageContaining("aged 18 or over")
                .hasMessageContaining("will be 17");
        assertThatThrownBy(() -> open(EligibilityBasis.CCC, 18)).hasMessageContaining("aged 17 or under");
        assertThat(open(EligibilityBasis.CCC, 17).status()).isEqualTo(BudgetStatus.DRAFT);
        assertThat(open(EligibilityBasis.CHC, 18).status()).isEqualTo(BudgetStatus.DRAFT);
    }

    @Test
    void needsATitleEvidenceOfEligibilityAndAStartWithinAYear() {
        assertThatThrownBy(() -> Budget.open(UUID.randomUUID(), DYLAN, new BudgetTerms(" ", new Eligibility(
                EligibilityBasis.LOCAL, null), null, TODAY.plusYears(2)), 40, TODAY, BudgetFixture.draft().stamp()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("title", "startsOn", "eligibilityNote"));
    }

    @Test
    void refusesALineWhoseFundingDoesNotAddUpToItsCost() {
        BudgetFixture f = BudgetFixture.draft();
        LineDetails short100 = f.line("Cushion", "200.00", "1", ManagementMode.NOTIONAL,
                List.of(new LineFunding(f.nhs, pounds(100))));
        assertThatThrownBy(() -> f.budget.addLine(UUID.randomUUID(), short100, AGREED_PLAN, f.stamp()))
                .hasMessageContaining("must add up to the line's cost of £200.00 (it adds up to £100.00)");
    }

    @Test
    void refusesALineForAnActionThatIsNotOnThePlanOrAFunderTheBudgetDoesNotHave() {
        BudgetFixture f = BudgetFixture.draft();
        LineDetails stranger = new LineDetails(UUID.randomUUID(), "Cushion", "Shop", null, pounds(20), Quantity.ONE,
                ManagementMode.NOTIONAL, List.of(new LineFunding(UUID.randomUUID(), pounds(20))));
        assertThatThrownBy(() -> f.budget.addLine(UUID.randomUUID(), stranger, AGREED_PLAN, f.stamp()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField())
                        .containsEntry("planActionId", "must be an action on the person's care and support plan")
                        .containsEntry("funding", "names a funder this budget does not have: add the funder first"));
    }

    @Test
    void allowsAWheelchairTopUpOnlyOnAWheelchairBudgetAndOnlyWithMoneyFromThePersonOrACharity() {
        BudgetFixture f = BudgetFixture.draft();
        LineDetails nhsOnly = f.line("Chair", "100.00", "1", ManagementMode.PWB_NOTIONAL_TOP_UP,
                List.of(new LineFunding(f.nhs, pounds(100))));
        assertThatThrownBy(() -> f.budget.addLine(UUID.randomUUID(), nhsOnly, AGREED_PLAN, f.stamp()))
                .hasMessageContaining("needs part of the line paid by the person or a charity");

        BudgetFixture chc = BudgetFixture.emptyDraft(EligibilityBasis.CHC, null);
        UUID nhs = chc.budget.addFunder(UUID.randomUUID(), FunderKind.NHS, "ICB", chc.stamp());
        LineDetails pwb = chc.line("Chair", "100.00", "1", ManagementMode.PWB_THIRD_PARTY,
                List.of(new LineFunding(nhs, pounds(100))));
        assertThatThrownBy(() -> chc.budget.addLine(UUID.randomUUID(), pwb, AGREED_PLAN, chc.stamp()))
                .hasMessageContaining("only for personal wheelchair budgets");
    }

    @Test
    void refusesTwoFundersWithTheSameName() {
        BudgetFixture f = BudgetFixture.draft();
        assertThatThrownBy(() -> f.budget.addFunder(UUID.randomUUID(), FunderKind.CHARITY, "whizz-kidz", f.stamp()))
                .hasMessageContaining("already the name of a funder");
    }

    @Test
    void goesForApprovalOnlyWithAnIndicativeBudgetLinesAndAnAgreedPlan() {
        BudgetFixture empty = BudgetFixture.emptyDraft(EligibilityBasis.WHEELCHAIR, null);
        assertThatThrownBy(() -> empty.budget.submit(AGREED_PLAN, empty.stamp()))
                .hasMessageContaining("Work out the indicative budget first");
        empty.budget.setIndicative(BudgetFixture.indicative(empty.stamp()));
        assertThatThrownBy(() -> empty.budget.submit(AGREED_PLAN, empty.stamp())).hasMessageContaining("no lines");

        BudgetFixture f = BudgetFixture.draft();
        assertThatThrownBy(() -> f.budget.submit(new PlanLink(false, AGREED_PLAN.actions()), f.stamp()))
                .hasMessageContaining("must be agreed with them");
        assertThatThrownBy(() -> f.budget.submit(new PlanLink(true, Map.of()), f.stamp()))
                .hasMessageContaining("no longer on the plan");
        f.budget.submit(AGREED_PLAN, f.stamp());
        assertThat(f.budget.status()).isEqualTo(BudgetStatus.AWAITING_APPROVAL);
    }

    @Test
    void needsANamedCareCoordinatorBeforeADirectPaymentGoesForApproval() {
        BudgetFixture f = BudgetFixture.draft();
        f.budget.addLine(UUID.randomUUID(), f.line("Personal assistant", "20.00", "10", ManagementMode.DIRECT_PAYMENT,
                List.of(new LineFunding(f.nhs, pounds(200)))), AGREED_PLAN, f.stamp());
        assertThatThrownBy(() -> f.budget.submit(AGREED_PLAN, f.stamp())).hasMessageContaining("care co-ordinator");
    }

    @Test
    void freezesTheCostingOnceItHasGoneForApproval() {
        BudgetFixture f = BudgetFixture.awaitingApproval();
        assertThatThrownBy(() -> f.budget.addFunder(UUID.randomUUID(), FunderKind.OTHER, "Late", f.stamp()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("waiting for a budget approver");
        assertThatThrownBy(() -> f.budget.voidLine(f.chair, "changed mind", f.stamp()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.budget.setIndicative(BudgetFixture.indicative(f.stamp())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void approvingSetsEachLinesApprovedAmountToItsCostUnlessChanged() {
        BudgetFixture f = BudgetFixture.awaitingApproval();
        f.budget.approve(Map.of(f.maintenance, pounds(600)), TODAY, f.stamp());

        assertThat(f.budget.status()).isEqualTo(BudgetStatus.APPROVED);
        assertThat(f.budget.approvedOn()).isEqualTo(TODAY);
        assertThat(f.budget.costing().liveLine(f.chair).approved()).isEqualTo(pounds(4800));
        assertThat(f.budget.costing().liveLine(f.maintenance).approved()).isEqualTo(pounds(600));
        assertThat(f.budget.costing().approvedTotal()).isEqualTo(pounds(5400));
    }

    @Test
    void refusesApprovedAmountsAboveTheCostOrApprovingNothing() {
        BudgetFixture f = BudgetFixture.awaitingApproval();
        assertThatThrownBy(() -> f.budget.approve(Map.of(f.chair, pounds(5000)), TODAY, f.stamp()))
                .hasMessageContaining("cannot be more than the line's cost of £4,800.00");
        assertThatThrownBy(() -> f.budget.approve(Map.of(f.chair, Money.ZERO, f.maintenance, Money.ZERO), TODAY,
                f.stamp())).hasMessageContaining("that is a refusal");
        assertThat(f.budget.status()).isEqualTo(BudgetStatus.AWAITING_APPROVAL);
    }

    @Test
    void sharesAReducedLineBetweenItsFundersInProportion() {
        BudgetFixture f = BudgetFixture.awaitingApproval();
        f.budget.approve(Map.of(f.chair, pounds(2400)), TODAY, f.stamp());
        assertThat(f.budget.costing().liveLine(f.chair).approvedFunding()).extracting(LineFunding::amount)
                .containsExactly(pounds(1475), pounds(600), pounds(325));
    }

    @Test
    void aReconsiderationCanOnlyRestoreWhatWasReduced() {
        BudgetFixture f = BudgetFixture.awaitingApproval();
        f.budget.approve(Map.of(f.chair, pounds(4000)), TODAY, f.stamp());
        assertThatThrownBy(() -> f.budget.raiseApproved(Map.of(f.chair, pounds(3000)), f.stamp()))
                .hasMessageContaining("cannot be less than the £4,000.00 already approved");

        Map<UUID, Money> increases = f.budget.raiseApproved(Map.of(f.chair, pounds(4800)), f.stamp());

        assertThat(increases).containsExactly(Map.entry(f.chair, pounds(800)));
        assertThat(f.budget.costing().liveLine(f.chair).approved()).isEqualTo(pounds(4800));
    }

    @Test
    void aRefusedBudgetCanBeRevisedAndSentAgain() {
        BudgetFixture f = BudgetFixture.awaitingApproval();
        f.budget.refuse(f.stamp());
        assertThat(f.budget.status()).isEqualTo(BudgetStatus.REFUSED);
        f.budget.revise(f.stamp());
        f.budget.voidLine(f.maintenance, "Covered by the manufacturer's warranty", f.stamp());
        f.budget.submit(AGREED_PLAN, f.stamp());
        assertThat(f.budget.status()).isEqualTo(BudgetStatus.AWAITING_APPROVAL);
        assertThat(f.budget.costing().plannedTotal()).isEqualTo(pounds(4800));
    }

    @Test
    void moneyMovesOnlyWhileTheBudgetIsApproved() {
        BudgetFixture f = BudgetFixture.approved();
        f.budget.requireMoneyMayMove();
        f.budget.suspend(StatusReason.IN_HOSPITAL, "In hospital for two weeks", f.stamp());
        assertThatThrownBy(f.budget::requireMoneyMayMove).hasMessageContaining("paused");
        f.budget.resume(StatusReason.ISSUE_RESOLVED, "Home again", f.stamp());
        f.budget.requireMoneyMayMove();
        assertThatThrownBy(() -> BudgetFixture.awaitingApproval().budget.requireMoneyMayMove())
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void consentWithdrawnStopsTheBudgetAndCannotMerelyPauseIt() {
        BudgetFixture f = BudgetFixture.approved();
        assertThatThrownBy(() -> f.budget.suspend(StatusReason.CONSENT_WITHDRAWN, "Dylan withdrew consent", f.stamp()))
                .hasMessageContaining("must stop, not pause");

        StatusChange stop = f.budget.stop(StatusReason.CONSENT_WITHDRAWN, "Dylan withdrew consent", f.stamp());

        assertThat(stop.from()).isEqualTo(BudgetStatus.APPROVED);
        assertThat(stop.to()).isEqualTo(BudgetStatus.STOPPED);
        assertThat(f.budget.statusChanges()).containsExactly(stop);
        assertThatThrownBy(() -> f.budget.resume(StatusReason.PERSON_ASKED, "Changed his mind", f.stamp()))
                .hasMessageContaining("cannot be resumed");
        assertThatThrownBy(() -> f.budget.stop(StatusReason.OTHER, "Again", f.stamp()))
                .hasMessageContaining("cannot be stopped");
    }

    @Test
    void everyStatusChangeNeedsAReasonThatFitsAndAnExplanation() {
        BudgetFixture f = BudgetFixture.approved();
        assertThatThrownBy(() -> f.budget.suspend(null, " ", f.stamp()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("reasonCode", "explanation"));
        assertThatThrownBy(() -> f.budget.resume(StatusReason.FRAUD_SUSPECTED, "x", f.stamp()))
                .hasMessageContaining("not a reason to resume");
        assertThat(f.budget.suspend(StatusReason.SPENT_OUTSIDE_PLAN, "Bought a laptop", f.stamp()).to())
                .isEqualTo(BudgetStatus.SUSPENDED);
    }

    @Test
    void paymentsAreMadeOnlyAgainstALineWithAnApprovedAmount() {
        BudgetFixture f = BudgetFixture.awaitingApproval();
        f.budget.approve(Map.of(f.maintenance, Money.ZERO), TODAY, f.stamp());
        assertThat(f.budget.approvedLine(f.chair).approved()).isEqualTo(pounds(4800));
        assertThatThrownBy(() -> f.budget.approvedLine(f.maintenance)).hasMessageContaining("no approved amount");
    }

    private static Budget open(EligibilityBasis basis, int age) {
        return Budget.open(UUID.randomUUID(), DYLAN, new BudgetTerms("Budget", new Eligibility(basis, "Confirmed"),
                null, TODAY), age, TODAY, BudgetFixture.draft().stamp());
    }
}
