package care.whatmatters.careplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The what matters → goals → actions chain, through the plan's public methods. */
class PlanItemsTest {

    private static final UUID UNKNOWN = UUID.fromString("0190f5c4-7e1a-7abc-8def-ffffffffffff");

    private final PlanFixture f = PlanFixture.draft();

    @Test
    void keepsWhatMattersInThePersonsOwnWordsExactlyAsWritten() {
        Stamp stamp = f.stamp();
        UUID id = f.plan.addWhatMatters("  being able to play\nwith my grandchildren  ", stamp);

        WhatMattersItem item = find(f.plan.allWhatMatters(), id);
        assertThat(item.text()).isEqualTo("  being able to play\nwith my grandchildren  ");
        assertThat(item.created()).isEqualTo(stamp);
        assertThat(item.updated()).isEqualTo(stamp);
        assertThat(item.live()).isTrue();
    }

    @Test
    void aGoalMustServeSomethingThatMatters() {
        assertThatThrownBy(() -> f.plan.addGoal(null, "Swim weekly", f.stamp()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("whatMattersId", "is required")));
    }

    @Test
    void aGoalCannotServeSomethingThatIsNotInThePlan() {
        assertThatThrownBy(() -> f.plan.addGoal(UNKNOWN, "Swim weekly", f.stamp()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("what matters");
    }

    @Test
    void aGoalCannotServeSomethingThatWasVoided() {
        f.plan.voidWhatMatters(f.spare, "Said in error", f.stamp());

        assertThatThrownBy(() -> f.plan.addGoal(f.spare, "Cook twice a week", f.stamp()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.plan.changeGoal(f.goal, f.spare, "Cook twice a week", f.stamp()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aGoalNeedsWordsAndAThingItServesReportedTogether() {
        assertThatThrownBy(() -> f.plan.addGoal(null, " ", f.stamp()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("whatMattersId", "text"));
    }

    @Test
    void aGoalCanBeLinkedToAnotherLiveThingThatMatters() {
        Stamp stamp = f.stamp();
        f.plan.changeGoal(f.goal, f.spare, "Cook a meal for my flatmates", stamp);

        Goal goal = find(f.plan.allGoals(), f.goal);
        assertThat(goal.whatMattersId()).isEqualTo(f.spare);
        assertThat(goal.text()).isEqualTo("Cook a meal for my flatmates");
        assertThat(goal.updated()).isEqualTo(stamp);
        assertThat(goal.created()).isNotEqualTo(stamp);
    }

    @Test
    void anActionMustServeALiveGoal() {
        UUID other = f.plan.addGoal(f.whatMatters, "Walk to campus", f.stamp());
        f.plan.voidGoal(other, "Too far", f.stamp());

        assertThatThrownBy(() -> f.plan.addAction(f.actionFor(UNKNOWN, "Ring the bus company"), f.stamp()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("goal");
        assertThatThrownBy(() -> f.plan.addAction(f.actionFor(other, "Buy walking boots"), f.stamp()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.plan.changeAction(f.action, f.actionFor(other, "Buy walking boots"), f.stamp()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void reportsEverythingMissingFromAnActionAtOnce() {
        assertThatThrownBy(() -> f.plan.addAction(new ActionDetails(null, "", null, null, null), f.stamp()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("goalId", "description", "owner", "dueDate", "component"));
    }

    @Test
    void anActionStartsNotStartedAndKeepsItsProgressWhenChanged() {
        f.plan.recordProgress(f.action, ActionProgress.IN_PROGRESS, f.stamp());
        UUID other = f.plan.addGoal(f.whatMatters, "Walk to campus", f.stamp());
        ActionDetails changed = new ActionDetails(other, "Plan a walking route", "Dylan", LocalDate.of(2026, 4, 1),
                SupportComponent.SOCIAL_PRESCRIBING);

        f.plan.changeAction(f.action, changed, f.stamp());

        PlanAction action = find(f.plan.allActions(), f.action);
        assertThat(action.details()).isEqualTo(changed);
        assertThat(action.progress()).isEqualTo(ActionProgress.IN_PROGRESS);
        UUID added = f.plan.addAction(changed, f.stamp());
        assertThat(find(f.plan.allActions(), added).progress()).isEqualTo(ActionProgress.NOT_STARTED);
    }

    @Test
    void voidingAGoalVoidsItsLiveActionsWithTheSameReason() {
        UUID second = f.plan.addAction(f.actionFor(f.goal, "Get a bus pass"), f.stamp());
        UUID otherGoal = f.plan.addGoal(f.whatMatters, "Walk to campus", f.stamp());
        UUID otherAction = f.plan.addAction(f.actionFor(otherGoal, "Buy walking boots"), f.stamp());
        Stamp stamp = f.stamp();

        f.plan.voidGoal(f.goal, "Dylan now drives", stamp);

        Voiding expected = new Voiding(stamp.by(), stamp.at(), "Dylan now drives");
        assertThat(find(f.plan.allGoals(), f.goal).voided()).isEqualTo(expected);
        assertThat(find(f.plan.allActions(), f.action).voided()).isEqualTo(expected);
        assertThat(find(f.plan.allActions(), second).voided()).isEqualTo(expected);
        assertThat(find(f.plan.allActions(), f.action).updated()).isEqualTo(stamp);
        assertThat(find(f.plan.allActions(), otherAction).live()).isTrue();
        assertThat(f.plan.content().actions()).extracting(PlanAction::id).containsExactly(otherAction);
    }

    @Test
    void voidingAGoalLeavesAnAlreadyVoidedActionsOwnReason() {
        Stamp first = f.stamp();
        f.plan.voidAction(f.action, "Trainer not available", first);

        f.plan.voidGoal(f.goal, "Dylan now drives", f.stamp());

        assertThat(find(f.plan.allActions(), f.action).voided())
                .isEqualTo(new Voiding(first.by(), first.at(), "Trainer not available"));
    }

    @Test
    void somethingThatMattersCannotBeVoidedWhileLiveGoalsServeIt() {
        assertThatThrownBy(() -> f.plan.voidWhatMatters(f.whatMatters, "Not important now", f.stamp()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Goals still serve this");
        assertThat(find(f.plan.allWhatMatters(), f.whatMatters).live()).isTrue();
    }

    @Test
    void somethingThatMattersCanBeVoidedOnceItsGoalsAreVoidedOrMovedElsewhere() {
        UUID moved = f.plan.addGoal(f.whatMatters, "Walk to campus", f.stamp());
        f.plan.changeGoal(moved, f.spare, "Walk to the shops to cook", f.stamp());
        f.plan.voidGoal(f.goal, "Achieved another way", f.stamp());

        f.plan.voidWhatMatters(f.whatMatters, "Not important now", f.stamp());

        assertThat(f.plan.content().whatMatters()).extracting(WhatMattersItem::id).containsExactly(f.spare);
    }

    @Test
    void voidedItemsLeaveTheContentButStayOnRecordWithWhoWhenAndWhy() {
        Stamp stamp = f.stamp();
        f.plan.voidGoal(f.goal, "No longer wanted", stamp);
        f.plan.voidWhatMatters(f.whatMatters, "Said in error", stamp);

        PlanContent content = f.plan.content();
        assertThat(content.whatMatters()).extracting(WhatMattersItem::id).containsExactly(f.spare);
        assertThat(content.goals()).isEmpty();
        assertThat(content.actions()).isEmpty();

        assertThat(f.plan.allWhatMatters()).extracting(WhatMattersItem::id, WhatMattersItem::live)
                .containsExactly(tuple(f.whatMatters, false), tuple(f.spare, true));
        assertThat(f.plan.allGoals()).singleElement().satisfies(g -> {
            assertThat(g.live()).isFalse();
            assertThat(g.text()).isEqualTo("Take the bus to campus by myself by June");
            assertThat(g.voided()).isEqualTo(new Voiding(stamp.by(), stamp.at(), "No longer wanted"));
            assertThat(g.updated()).isEqualTo(stamp);
        });
        assertThat(f.plan.allActions()).singleElement().satisfies(a -> assertThat(a.live()).isFalse());
    }

    @Test
    void aVoidedItemCannotBeChangedOrVoidedAgain() {
        f.plan.voidGoal(f.goal, "No longer wanted", f.stamp());
        f.plan.voidWhatMatters(f.whatMatters, "Said in error", f.stamp());

        assertThatThrownBy(() -> f.plan.voidGoal(f.goal, "Again", f.stamp())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.plan.changeGoal(f.goal, f.spare, "Back", f.stamp()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.plan.voidAction(f.action, "Again", f.stamp())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.plan.recordProgress(f.action, ActionProgress.DONE, f.stamp()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.plan.rewordWhatMatters(f.whatMatters, "Back", f.stamp()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.plan.voidWhatMatters(f.whatMatters, "Again", f.stamp()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void voidingNeedsAReason() {
        assertThatThrownBy(() -> f.plan.voidAction(f.action, "  ", f.stamp()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("reason", "is required")));
        assertThat(find(f.plan.allActions(), f.action).live()).isTrue();
    }

    @Test
    void positionsIncreaseInTheOrderItemsAreAddedAndAreNeverReused() {
        UUID third = f.plan.addWhatMatters("Seeing my friends", f.stamp());
        f.plan.voidWhatMatters(third, "Said in error", f.stamp());
        UUID fourth = f.plan.addWhatMatters("Sleeping better", f.stamp());
        UUID secondGoal = f.plan.addGoal(f.spare, "Cook twice a week", f.stamp());
        UUID secondAction = f.plan.addAction(f.actionFor(secondGoal, "Buy a cookbook"), f.stamp());

        assertThat(f.plan.allWhatMatters()).extracting(WhatMattersItem::position).containsExactly(1, 2, 3, 4);
        assertThat(find(f.plan.allWhatMatters(), fourth).position()).isEqualTo(4);
        assertThat(f.plan.content().whatMatters()).extracting(WhatMattersItem::position).containsExactly(1, 2, 4);
        assertThat(find(f.plan.allGoals(), secondGoal).position()).isEqualTo(2);
        assertThat(find(f.plan.allActions(), secondAction).position()).isEqualTo(2);
    }

    @Test
    void theContentListsLiveItemsInPositionOrderWhateverOrderTheyWereLoadedIn() {
        Stamp s = f.stamp();
        UUID w1 = UUID.fromString("0190f5c4-7e1a-7abc-8def-000000000001");
        UUID w2 = UUID.fromString("0190f5c4-7e1a-7abc-8def-000000000002");
        CarePlan loaded = new CarePlan(PlanFixture.PLAN_ID, PlanFixture.PERSON, PlanStatus.DRAFT, 3, 0,
                PlanFixture.REVIEW, null, null, s, s,
                List.of(new WhatMattersItem(w2, 2, "second", s, s, null), new WhatMattersItem(w1, 1, "first", s, s, null)),
                List.of(), List.of());

        assertThat(loaded.content().whatMatters()).extracting(WhatMattersItem::text).containsExactly("first", "second");
        assertThat(loaded.addWhatMatters("third", s)).isNotIn(w1, w2);
        assertThat(loaded.content().whatMatters()).extracting(WhatMattersItem::position).containsExactly(1, 2, 3);
    }

    @Test
    void rewordingKeepsTheItemsIdentityPositionAndCreation() {
        WhatMattersItem before = find(f.plan.allWhatMatters(), f.whatMatters);
        Stamp stamp = f.stamp();

        f.plan.rewordWhatMatters(f.whatMatters, "Getting to lectures and back on my own", stamp);

        WhatMattersItem after = find(f.plan.allWhatMatters(), f.whatMatters);
        assertThat(after.text()).isEqualTo("Getting to lectures and back on my own");
        assertThat(after.position()).isEqualTo(before.position());
        assertThat(after.created()).isEqualTo(before.created());
        assertThat(after.updated()).isEqualTo(stamp);
        assertThat(f.plan.allWhatMatters()).hasSize(2);
    }

    @Test
    void recordsProgressOnALiveAction() {
        Stamp stamp = f.stamp();
        f.plan.recordProgress(f.action, ActionProgress.DONE, stamp);

        PlanAction action = find(f.plan.allActions(), f.action);
        assertThat(action.progress()).isEqualTo(ActionProgress.DONE);
        assertThat(action.updated()).isEqualTo(stamp);
        assertThatThrownBy(() -> f.plan.recordProgress(f.action, null, f.stamp()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("progress"));
    }

    @Test
    void theListsHandedOutAreCopiesThatCannotChangeThePlan() {
        List<Goal> goals = f.plan.allGoals();

        assertThatThrownBy(() -> goals.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.plan.content().goals().clear()).isInstanceOf(UnsupportedOperationException.class);
        f.plan.addGoal(f.whatMatters, "Another", f.stamp());
        assertThat(goals).hasSize(1);
    }

    private static <T> T find(List<T> items, UUID id) {
        return items.stream().filter(i -> idOf(i).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id));
    }

    private static UUID idOf(Object item) {
        return switch (item) {
            case WhatMattersItem w -> w.id();
            case Goal g -> g.id();
            case PlanAction a -> a.id();
            default -> throw new IllegalArgumentException(item.toString());
        };
    }
}
