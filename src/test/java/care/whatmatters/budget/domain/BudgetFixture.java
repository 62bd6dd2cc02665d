package care.whatmatters.budget.domain;

import care.whatmatters.shared.Money;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds Dylan's personal wheelchair budget in each state, on a fixed day with fixed instants: the NHS
 * wheelchair service, a charity and Dylan's own top-up pay for the higher-spec chair (£4,800) and its
 * maintenance (£750), against an indicative budget of £3,700.
 */
final class BudgetFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    static final Instant START = Instant.parse("2026-09-01T09:00:00Z");
    static final PersonId DYLAN = new PersonId(UUID.fromString("0190f5c4-7e1a-7abc-8def-0123456789ab"));
    static final UUID CHAIR_ACTION = UUID.fromString("0190f5c4-7e1a-7abc-8def-00000000000a");
    static final UUID OTHER_ACTION = UUID.fromString("0190f5c4-7e1a-7abc-8def-00000000000b");
    static final PlanLink AGREED_PLAN = new PlanLink(true, Map.of(
            CHAIR_ACTION, new PlanLink.LinkedAction(CHAIR_ACTION, "Set up a personal wheelchair budget", "Get around campus",
                    "Personal health budget", false),
            OTHER_ACTION, new PlanLink.LinkedAction(OTHER_ACTION, "Find a sports club", "Play sport", "Social prescribing",
                    false)));

    private int minutes;
    final Budget budget;
    UUID nhs;
    UUID charity;
    UUID topUp;
    UUID chair;
    UUID maintenance;

    private BudgetFixture(EligibilityBasis basis, String coordinator) {
        budget = Budget.open(UUID.randomUUID(), DYLAN, new BudgetTerms("Personal wheelchair budget",
                new Eligibility(basis, "Assessed by the wheelchair service"), coordinator, TODAY), 18, TODAY, stamp());
    }

    static BudgetFixture draft() {
        BudgetFixture f = new BudgetFixture(EligibilityBasis.WHEELCHAIR, null);
        f.budget.setIndicative(indicative(f.stamp()));
        f.nhs = f.budget.addFunder(UUID.randomUUID(), FunderKind.NHS, "NHS wheelchair service", f.stamp());
        f.charity = f.budget.addFunder(UUID.randomUUID(), FunderKind.CHARITY, "Whizz-Kidz", f.stamp());
        f.topUp = f.budget.addFunder(UUID.randomUUID(), FunderKind.PERSON_TOP_UP, "Dylan's own top-up", f.stamp());
        f.chair = f.budget.addLine(UUID.randomUUID(), f.chairLine(), AGREED_PLAN, f.stamp());
        f.maintenance = f.budget.addLine(UUID.randomUUID(), f.line("Maintenance and repairs for 5 years", "150.00", "5",
                ManagementMode.NOTIONAL, List.of(new LineFunding(f.nhs, pounds(750)))), AGREED_PLAN, f.stamp());
        return f;
    }

    static BudgetFixture awaitingApproval() {
        BudgetFixture f = draft();
        f.budget.submit(AGREED_PLAN, f.stamp());
        return f;
    }

    static BudgetFixture approved() {
        BudgetFixture f = awaitingApproval();
        f.budget.approve(Map.of(), TODAY, f.stamp());
        return f;
    }

    /** An empty draft of the given basis, with no indicative budget, funders or lines. */
    static BudgetFixture emptyDraft(EligibilityBasis basis, String coordinator) {
        return new BudgetFixture(basis, coordinator);
    }

    LineDetails chairLine() {
        return line("Higher-spec powered wheelchair", "4,800.00", "1", ManagementMode.PWB_NOTIONAL_TOP_UP, List.of(
                new LineFunding(nhs, pounds(2950)), new LineFunding(charity, pounds(1200)),
                new LineFunding(topUp, pounds(650))));
    }

    LineDetails line(String description, String unitCost, String quantity, ManagementMode mode,
            List<LineFunding> funding) {
        return new LineDetails(CHAIR_ACTION, description, "Mobility Plus Leeds", null, Money.parse("unitCost", unitCost),
                Quantity.parse("quantity", quantity), mode, funding);
    }

    static Calculation indicative(Stamp stamp) {
        return Rules.WHEELCHAIR.calculate(Map.of("assessedChairCost", "2950", "years", "5"), stamp);
    }

    static Money pounds(long pounds) {
        return Money.ofPounds(pounds);
    }

    Stamp stamp() {
        return new Stamp("Sam Okafor, Occupational therapist", START.plusSeconds(60L * minutes++));
    }
}
