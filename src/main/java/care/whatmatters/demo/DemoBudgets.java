package care.whatmatters.demo;

import care.whatmatters.access.Accounts;
import care.whatmatters.access.Actor;
import care.whatmatters.access.Role;
import care.whatmatters.budget.BudgetApprovals;
import care.whatmatters.budget.BudgetEdit;
import care.whatmatters.budget.BudgetPayments;
import care.whatmatters.budget.BudgetReviews;
import care.whatmatters.budget.BudgetSetup;
import care.whatmatters.budget.PaymentOrder;
import care.whatmatters.budget.domain.ApprovalRequest;
import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.BudgetTerms;
import care.whatmatters.budget.domain.Decision;
import care.whatmatters.budget.domain.DecisionOutcome;
import care.whatmatters.budget.domain.DecisionReason;
import care.whatmatters.budget.domain.Eligibility;
import care.whatmatters.budget.domain.EligibilityBasis;
import care.whatmatters.budget.domain.FunderKind;
import care.whatmatters.budget.domain.LineDetails;
import care.whatmatters.budget.domain.LineFunding;
import care.whatmatters.budget.domain.ManagementMode;
import care.whatmatters.budget.domain.Quantity;
import care.whatmatters.budget.domain.ReviewTrigger;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.domain.PlanAction;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.shared.IdempotencyKey;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.NhsNumber;
import care.whatmatters.shared.PersonId;
import care.whatmatters.team.CareTeams;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Demo budgets, set up through the budget module's API as the team, the approver and the person would:
 * Dylan's personal wheelchair budget (step 4 of his story), Margaret's continuing healthcare direct payment
 * with a review asked for, and Ruth's local-offer budget waiting, overdue, in the approver's queue.
 */
@Component
class DemoBudgets {

    private final BudgetSetup setup;
    private final BudgetApprovals approvals;
    private final BudgetPayments payments;
    private final BudgetReviews reviews;
    private final CarePlanning planning;
    private final PersonRegister register;
    private final Accounts accounts;
    private final CareTeams careTeams;
    private final Clock clock;

    DemoBudgets(BudgetSetup setup, BudgetApprovals approvals, BudgetPayments payments, BudgetReviews reviews,
            CarePlanning planning, PersonRegister register, Accounts accounts, CareTeams careTeams, Clock clock) {
        this.setup = setup;
        this.approvals = approvals;
        this.payments = payments;
        this.reviews = reviews;
        this.planning = planning;
        this.register = register;
        this.accounts = accounts;
        this.careTeams = careTeams;
        this.clock = clock;
    }

    /**
     * Step 4 of Dylan's story: a personal wheelchair budget, notional with a top-up, pooling the wheelchair
     * service, a charity and his own money to buy the higher-spec chair from the provider he chose,
     * approved with a reason, and the chair paid for.
     */
    void dylansWheelchairBudget(Actor ot, PersonId dylan) {
        UUID action = action(ot, dylan, "wheelchair budget");
        Budget b = setup.open(ot, dylan, new BudgetTerms("Personal wheelchair budget: a powered chair for university",
                new Eligibility(EligibilityBasis.WHEELCHAIR, "Assessed by the Northfield wheelchair service: needs a "
                        + "powered chair to get around campus on his own"), "Sam Okafor, occupational therapist", today()));
        long v = setup.calculateIndicative(ot, dylan, b.id(), b.version(), "pwb",
                Map.of("assessedChairCost", "2950.00", "years", "5")).version();
        BudgetEdit<UUID> nhs = setup.addFunder(ot, dylan, b.id(), v, FunderKind.NHS, "Northfield NHS wheelchair service");
        BudgetEdit<UUID> charity = setup.addFunder(ot, dylan, b.id(), nhs.budget().version(), FunderKind.CHARITY,
                "Northfield Young Wheelchair Users Trust");
        BudgetEdit<UUID> own = setup.addFunder(ot, dylan, b.id(), charity.budget().version(), FunderKind.PERSON_TOP_UP,
                "Dylan's own top-up");
        BudgetEdit<UUID> chair = setup.addLine(ot, dylan, b.id(), own.budget().version(), line(action,
                "Higher-spec powered wheelchair with tilt and a 25 km range (the model Dylan chose)", "Mobility Plus Leeds",
                "4800.00", "1", ManagementMode.PWB_NOTIONAL_TOP_UP, share(nhs.result(), "2950.00"),
                share(charity.result(), "1200.00"), share(own.result(), "650.00")));
        BudgetEdit<UUID> upkeep = setup.addLine(ot, dylan, b.id(), chair.budget().version(), line(action,
                "Maintenance and repairs for 5 years", "Mobility Plus Leeds", "150.00", "5", ManagementMode.NOTIONAL,
                share(nhs.result(), "750.00")));
        ApprovalRequest request = setup.submit(ot, dylan, b.id(), upkeep.budget().version(), today().minusDays(10),
                "Dylan chose this chair after comparing the options with me. The trust's grant and Dylan's own money pay "
                        + "for the higher specification.").result();
        approvals.decide(approver(), request.id(), new Decision.Draft(DecisionOutcome.APPROVED, DecisionReason.A02,
                "Approved. The NHS wheelchair service pays £3,700.00, what a chair that meets your assessed need and "
                        + "its maintenance would cost. The trust's grant and your own top-up pay the £1,850.00 difference "
                        + "for the chair you chose.", Map.of()));
        payments.pay(ot, dylan, b.id(), new IdempotencyKey("demo-dylan-chair"), new PaymentOrder(chair.result(),
                Money.ofPounds(4800), "Mobility Plus Leeds", today(), "Invoice MPL-2041: powered wheelchair"));
    }

    /** Budgets in other states, so the approver's queue and the review lists have something in them. */
    void castBudgets() {
        Actor coordinator = practitioner("Chris Lee");
        margaretsDirectPayment(coordinator, person(coordinator, "Margaret", "Thompson"));
        Actor ot = accounts.find("ot").orElseThrow().actor();
        ruthsKitchenEquipment(ot, person(ot, "Ruth", "Campbell"));
    }

    private void margaretsDirectPayment(Actor coordinator, PersonId margaret) {
        UUID exercise = action(coordinator, margaret, "Strength and balance");
        UUID transport = action(coordinator, margaret, "community transport");
        Budget b = setup.open(coordinator, margaret, new BudgetTerms("NHS Continuing Healthcare: support at home",
                new Eligibility(EligibilityBasis.CHC, "Eligible for NHS Continuing Healthcare, confirmed by the ICB "
                        + "panel after two falls"), "Chris Lee, care coordinator", today()));
        long v = setup.calculateIndicative(coordinator, margaret, b.id(), b.version(), "chc-home",
                Map.of("hoursPerWeek", "12", "weeks", "52", "equipment", "0")).version();
        BudgetEdit<UUID> icb = setup.addFunder(coordinator, margaret, b.id(), v, FunderKind.NHS,
                "West Yorkshire ICB continuing healthcare");
        String account = "Margaret Thompson's direct payment account";
        BudgetEdit<UUID> pa = setup.addLine(coordinator, margaret, b.id(), icb.budget().version(), line(exercise,
                "Personal assistants, 12 hours a week, employed by Margaret", account, "23.40", "624",
                ManagementMode.DIRECT_PAYMENT, share(icb.result(), "14601.60")));
        BudgetEdit<UUID> bus = setup.addLine(coordinator, margaret, b.id(), pa.budget().version(), line(transport,
                "Community transport to the Tuesday lunch club", account, "8.50", "52", ManagementMode.DIRECT_PAYMENT,
                share(icb.result(), "442.00")));
        ApprovalRequest request = setup.submit(coordinator, margaret, b.id(), bus.budget().version(),
                today().minusDays(12), null).result();
        approvals.decide(approver(), request.id(), new Decision.Draft(DecisionOutcome.APPROVED, DecisionReason.A01,
                "Approved as planned: it meets your assessed needs at home, and you chose to manage it as a direct "
                        + "payment.", Map.of()));
        payments.pay(coordinator, margaret, b.id(), new IdempotencyKey("demo-margaret-month-1"), new PaymentOrder(
                pa.result(), Money.parse("amount", "1216.80"), account, today(), "First four weeks of assistants"));
        reviews.ask(accounts.find("carer").orElseThrow().actor(), margaret, b.id(), ReviewTrigger.HEALTH_CHANGED,
                "Mum had another fall and needs help in the mornings as well.", today());
    }

    private void ruthsKitchenEquipment(Actor ot, PersonId ruth) {
        UUID kitchen = action(ot, ruth, "kitchen");
        Budget b = setup.open(ot, ruth, new BudgetTerms("Kitchen equipment so Ruth can cook Sunday dinner",
                new Eligibility(EligibilityBasis.LOCAL, "Local offer: kitchen assessment by the occupational therapist"),
                null, today()));
        long v = setup.calculateIndicative(ot, ruth, b.id(), b.version(), "local-offer",
                Map.of("agreedCost", "245.00")).version();
        BudgetEdit<UUID> icb = setup.addFunder(ot, ruth, b.id(), v, FunderKind.NHS, "Northfield ICB local offer");
        BudgetEdit<UUID> council = setup.addFunder(ot, ruth, b.id(), icb.budget().version(), FunderKind.SOCIAL_CARE,
                "Northfield Council adult social care");
        BudgetEdit<UUID> stool = setup.addLine(ot, ruth, b.id(), council.budget().version(), line(kitchen,
                "Perching stool with arms", "Northfield Community Equipment", "95.00", "1", ManagementMode.NOTIONAL,
                share(icb.result(), "95.00")));
        BudgetEdit<UUID> trolley = setup.addLine(ot, ruth, b.id(), stool.budget().version(), line(kitchen,
                "Kitchen trolley and kettle tipper", "Northfield Community Equipment", "150.00", "1",
                ManagementMode.NOTIONAL, share(icb.result(), "50.00"), share(council.result(), "100.00")));
        setup.submit(ot, ruth, b.id(), trolley.budget().version(), today().minusDays(20),
                "Ruth asked for this at her kitchen assessment three weeks ago.");
    }

    private UUID action(Actor actor, PersonId person, String describedAs) {
        List<PlanAction> actions = planning.read(actor, person).content().actions();
        return actions.stream().filter(a -> a.description().toLowerCase(java.util.Locale.UK)
                .contains(describedAs.toLowerCase(java.util.Locale.UK))).findFirst().orElse(actions.get(0)).id();
    }

    /** Someone in the practitioner's caseload, found by name (the reads are audited, as the practitioner's). */
    private PersonId person(Actor practitioner, String given, String family) {
        return register.list(practitioner, careTeams.caseload(practitioner.practitioner())).stream()
                .filter(p -> p.demographics().givenName().equals(given) && p.demographics().familyName().equals(family))
                .findFirst().orElseThrow().id();
    }

    private Actor practitioner(String name) {
        var p = careTeams.allPractitioners().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return new Actor(null, "demo:" + name, p.name(), Role.PRACTITIONER, p.profession().label(), p.id(), null);
    }

    private Actor approver() {
        return accounts.find("approver").orElseThrow().actor();
    }

    private static LineDetails line(UUID action, String description, String provider, String unitCost, String quantity,
            ManagementMode mode, LineFunding... funding) {
        return new LineDetails(action, description, provider, null, Money.parse("unitCost", unitCost),
                Quantity.parse("quantity", quantity), mode, List.of(funding));
    }

    private static LineFunding share(UUID funder, String amount) {
        return new LineFunding(funder, Money.parse("amount", amount));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
