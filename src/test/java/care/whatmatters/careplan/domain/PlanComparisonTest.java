package care.whatmatters.careplan.domain;

import static care.whatmatters.careplan.domain.PlanChange.Kind.ADDED;
import static care.whatmatters.careplan.domain.PlanChange.Kind.CHANGED;
import static care.whatmatters.careplan.domain.PlanChange.Kind.REMOVED;
import static care.whatmatters.careplan.domain.PlanFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.shared.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanComparisonTest {

    private static final Stamp S = new Stamp("Sam Okafor, Occupational therapist", Instant.parse("2026-03-02T09:00:00Z"));
    private static final LocalDate REVIEW = LocalDate.of(2026, 9, 1);

    private static final UUID W1 = id(1);
    private static final UUID W2 = id(2);
    private static final UUID G1 = id(11);
    private static final UUID G2 = id(12);
    private static final UUID A1 = id(21);
    private static final UUID A2 = id(22);

    private static final WhatMattersItem LECTURES = new WhatMattersItem(W1, 1, "Getting to lectures", S, S, null);
    private static final WhatMattersItem COOKING = new WhatMattersItem(W2, 2, "Cooking for myself", S, S, null);
    private static final Goal BUS = new Goal(G1, W1, 1, "Take the bus by June", S, S, null);
    private static final Goal MEAL = new Goal(G2, W2, 2, "Cook a meal a week", S, S, null);
    private static final PlanAction TRAINER = new PlanAction(A1, G1, 1, "Practise the route", "Travel trainer",
            LocalDate.of(2026, 5, 1), SupportComponent.SELF_MANAGEMENT, ActionProgress.NOT_STARTED, S, S, null);
    private static final PlanAction COOKBOOK = new PlanAction(A2, G2, 2, "Buy a cookbook", "Dylan",
            LocalDate.of(2026, 4, 1), SupportComponent.OTHER, ActionProgress.NOT_STARTED, S, S, null);

    private static final PlanContent BASE = new PlanContent(List.of(LECTURES), List.of(BUS), List.of(TRAINER),
            "Call Mum", REVIEW);

    @Test
    void identicalVersionsHaveNoChanges() {
        assertThat(PlanComparison.between(BASE, BASE)).isEmpty();
        assertThat(PlanComparison.between(BASE, new PlanContent(List.of(LECTURES), List.of(BUS), List.of(TRAINER),
                "Call Mum", LocalDate.of(2026, 9, 1)))).isEmpty();
    }

    @Test
    void showsWhatWasAddedToEachSection() {
        PlanContent later = new PlanContent(List.of(LECTURES, COOKING), List.of(BUS, MEAL), List.of(TRAINER, COOKBOOK),
                "Call Mum", REVIEW);

        assertThat(PlanComparison.between(BASE, later)).containsExactly(
                new PlanChange("What matters", ADDED, null, "Cooking for myself"),
                new PlanChange("Goals", ADDED, null, "Cook a meal a week"),
                new PlanChange("Actions", ADDED, null,
                        "Buy a cookbook (owner: Dylan, by 2026-04-01, Other support)"));
    }

    @Test
    void showsWhatWasRemovedFromEachSection() {
        PlanContent later = new PlanContent(List.of(), List.of(), List.of(), "Call Mum", REVIEW);

        assertThat(PlanComparison.between(BASE, later)).containsExactly(
                new PlanChange("What matters", REMOVED, "Getting to lectures", null),
                new PlanChange("Goals", REMOVED, "Take the bus by June", null),
                new PlanChange("Actions", REMOVED,
                        "Practise the route (owner: Travel trainer, by 2026-05-01, Supported self-management)", null));
    }

    @Test
    void aRewordedItemShowsAsChangedBecauseItIsMatchedById() {
        PlanContent later = new PlanContent(
                List.of(new WhatMattersItem(W1, 1, "Getting to lectures on my own", S, S, null)),
                List.of(new Goal(G1, W1, 1, "Take the bus by July", S, S, null)),
                List.of(TRAINER), "Call Mum", REVIEW);

        assertThat(PlanComparison.between(BASE, later)).containsExactly(
                new PlanChange("What matters", CHANGED, "Getting to lectures", "Getting to lectures on my own"),
                new PlanChange("Goals", CHANGED, "Take the bus by June", "Take the bus by July"));
    }

    @Test
    void aGoalReplacedByANewOneWithTheSameWordsShowsAsRemovedAndAdded() {
        PlanContent later = new PlanContent(List.of(LECTURES),
                List.of(new Goal(id(99), W1, 1, "Take the bus by June", S, S, null)), List.of(TRAINER), "Call Mum",
                REVIEW);

        assertThat(PlanComparison.between(BASE, later)).containsExactly(
                new PlanChange("Goals", REMOVED, "Take the bus by June", null),
                new PlanChange("Goals", ADDED, null, "Take the bus by June"));
    }

    @Test
    void aChangedActionShowsItsOwnerDueDateAndComponentBeforeAndAfter() {
        PlanAction moved = new PlanAction(A1, G1, 1, "Practise the route", "Sam", LocalDate.of(2026, 6, 1),
                SupportComponent.SOCIAL_PRESCRIBING, ActionProgress.NOT_STARTED, S, S, null);
        PlanContent later = new PlanContent(List.of(LECTURES), List.of(BUS), List.of(moved), "Call Mum", REVIEW);

        assertThat(PlanComparison.between(BASE, later)).containsExactly(new PlanChange("Actions", CHANGED,
                "Practise the route (owner: Travel trainer, by 2026-05-01, Supported self-management)",
                "Practise the route (owner: Sam, by 2026-06-01, Social prescribing)"));
    }

    @Test
    void progressOnAnActionIsNotAChangeToWhatWasAgreed() {
        PlanContent later = new PlanContent(List.of(LECTURES), List.of(BUS),
                List.of(new PlanAction(A1, G1, 1, "Practise the route", "Travel trainer", LocalDate.of(2026, 5, 1),
                        SupportComponent.SELF_MANAGEMENT, ActionProgress.DONE, S, S, null)), "Call Mum", REVIEW);

        assertThat(PlanComparison.between(BASE, later)).isEmpty();
    }

    /**
     * The chain what matters → goal is part of what was agreed: a goal moved to serve something else that
     * matters has changed, even though its words have not.
     */
    @Test
    void aGoalLinkedToSomethingElseThatMattersShowsAsChanged() {
        PlanContent from = new PlanContent(List.of(LECTURES, COOKING), List.of(BUS), List.of(), null, REVIEW);
        PlanContent to = new PlanContent(List.of(LECTURES, COOKING),
                List.of(new Goal(G1, W2, 1, "Take the bus by June", S, S, null)), List.of(), null, REVIEW);

        assertThat(PlanComparison.between(from, to))
                .anySatisfy(change -> {
                    assertThat(change.section()).isEqualTo("Goals");
                    assertThat(change.kind()).isEqualTo(CHANGED);
                });
    }

    /** Likewise an action moved to serve a different goal has changed, even with the same description. */
    @Test
    void anActionMovedToAnotherGoalShowsAsChanged() {
        PlanContent from = new PlanContent(List.of(LECTURES, COOKING), List.of(BUS, MEAL), List.of(COOKBOOK), null,
                REVIEW);
        PlanContent to = new PlanContent(List.of(LECTURES, COOKING), List.of(BUS, MEAL),
                List.of(new PlanAction(A2, G1, 2, "Buy a cookbook", "Dylan", LocalDate.of(2026, 4, 1),
                        SupportComponent.OTHER, ActionProgress.NOT_STARTED, S, S, null)), null, REVIEW);

        assertThat(PlanComparison.between(from, to))
                .anySatisfy(change -> {
                    assertThat(change.section()).isEqualTo("Actions");
                    assertThat(change.kind()).isEqualTo(CHANGED);
                });
    }

    @Test
    void showsAContingencyPlanAddedChangedOrRemoved() {
        PlanContent none = withContingency(null);
        PlanContent callMum = withContingency("Call Mum");
        PlanContent callSam = withContingency("Call Sam");

        assertThat(PlanComparison.between(none, callMum))
                .containsExactly(new PlanChange("Contingency plan", ADDED, null, "Call Mum"));
        assertThat(PlanComparison.between(callMum, callSam))
                .containsExactly(new PlanChange("Contingency plan", CHANGED, "Call Mum", "Call Sam"));
        assertThat(PlanComparison.between(callSam, none))
                .containsExactly(new PlanChange("Contingency plan", REMOVED, "Call Sam", null));
    }

    @Test
    void showsANewReviewDate() {
        PlanContent later = new PlanContent(List.of(LECTURES), List.of(BUS), List.of(TRAINER), "Call Mum",
                LocalDate.of(2027, 3, 1));

        assertThat(PlanComparison.between(BASE, later))
                .containsExactly(new PlanChange("Review date", CHANGED, "2026-09-01", "2027-03-01"));
    }

    @Test
    void listsChangesSectionBySectionInThePlansOrder() {
        PlanContent later = new PlanContent(List.of(COOKING), List.of(MEAL), List.of(COOKBOOK), "Call Sam",
                LocalDate.of(2027, 3, 1));

        assertThat(PlanComparison.between(BASE, later)).extracting(PlanChange::section).containsExactly(
                "What matters", "What matters", "Goals", "Goals", "Actions", "Actions", "Contingency plan",
                "Review date");
    }

    @Test
    void comparesTwoAgreedVersionsOfARealPlan() {
        PlanFixture f = PlanFixture.draft();
        AgreedVersion first = f.agree();
        f.plan.activate(f.stamp());
        f.plan.startReview(f.stamp());
        f.plan.changeGoal(f.goal, f.whatMatters, "Take the bus to campus by myself by July", f.stamp());
        f.plan.voidAction(f.action, "Trainer not available", f.stamp());
        f.plan.setContingency("Call Mum", f.stamp());
        AgreedVersion second = f.plan.agree(f.agreement(true), TODAY);

        assertThat(PlanComparison.between(first.content(), second.content())).containsExactly(
                new PlanChange("Goals", CHANGED, "Take the bus to campus by myself by June",
                        "Take the bus to campus by myself by July"),
                new PlanChange("Actions", REMOVED, "Practise the bus route with a travel trainer (owner: Leeds travel "
                        + "training team, by 2026-05-01, Supported self-management)", null),
                new PlanChange("Contingency plan", ADDED, null, "Call Mum"));
        assertThat(PlanComparison.between(second.content(), first.content())).extracting(PlanChange::kind)
                .containsExactly(CHANGED, ADDED, REMOVED);
    }

    private static PlanContent withContingency(String contingency) {
        return new PlanContent(List.of(LECTURES), List.of(BUS), List.of(TRAINER), contingency, REVIEW);
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("0190f5c4-7e1a-7abc-8def-%012d", n));
    }
}
