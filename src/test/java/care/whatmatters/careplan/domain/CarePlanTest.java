package care.whatmatters.careplan.domain;

import static care.whatmatters.careplan.domain.PlanFixture.PERSON;
import static care.whatmatters.careplan.domain.PlanFixture.PLAN_ID;
import static care.whatmatters.careplan.domain.PlanFixture.PRACTITIONER;
import static care.whatmatters.careplan.domain.PlanFixture.REVIEW;
import static care.whatmatters.careplan.domain.PlanFixture.START;
import static care.whatmatters.careplan.domain.PlanFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.Stamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CarePlanTest {

    private static final Stamp STARTED = new Stamp(PRACTITIONER, START);

    /** A change to what was agreed, named for the test report. */
    record Edit(String name, Consumer<PlanFixture> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One valid change of every kind the plan's content allows. */
    static List<Edit> validEdits() {
        return List.of(
                new Edit("add what matters", f -> f.plan.addWhatMatters("Seeing my friends at the weekend", f.stamp())),
                new Edit("reword what matters", f -> f.plan.rewordWhatMatters(f.whatMatters,
                        "Getting to lectures without help", f.stamp())),
                new Edit("void what matters", f -> f.plan.voidWhatMatters(f.spare, "Said in error", f.stamp())),
                new Edit("add goal", f -> f.plan.addGoal(f.whatMatters, "Join the climbing club", f.stamp())),
                new Edit("change goal", f -> f.plan.changeGoal(f.goal, f.whatMatters,
                        "Take the bus to campus by myself by May", f.stamp())),
                new Edit("void goal", f -> f.plan.voidGoal(f.goal, "No longer wanted", f.stamp())),
                new Edit("add action", f -> f.plan.addAction(f.actionFor(f.goal, "Get a bus pass"), f.stamp())),
                new Edit("change action", f -> f.plan.changeAction(f.action,
                        f.actionFor(f.goal, "Practise the route twice a week"), f.stamp())),
                new Edit("void action", f -> f.plan.voidAction(f.action, "Done another way", f.stamp())),
                new Edit("set contingency", f -> f.plan.setContingency("Call Mum", f.stamp())),
                new Edit("set review date", f -> f.plan.setReviewDate(LocalDate.of(2026, 12, 1), TODAY, f.stamp())));
    }

    /** Changes that break a rule, in a state where the content could otherwise change. */
    static List<Edit> refusedEdits() {
        UUID unknown = UUID.fromString("0190f5c4-7e1a-7abc-8def-ffffffffffff");
        return List.of(
                new Edit("add blank what matters", f -> f.plan.addWhatMatters("  ", f.stamp())),
                new Edit("add over-long what matters", f -> f.plan.addWhatMatters("x".repeat(501), f.stamp())),
                new Edit("reword unknown what matters", f -> f.plan.rewordWhatMatters(unknown, "Words", f.stamp())),
                new Edit("reword what matters with a control character", f -> f.plan.rewordWhatMatters(
                        f.whatMatters, "bell\u0007", f.stamp())),
                new Edit("void what matters that goals serve", f -> f.plan.voidWhatMatters(f.whatMatters,
                        "Not needed", f.stamp())),
                new Edit("void what matters without a reason", f -> f.plan.voidWhatMatters(f.spare, " ", f.stamp())),
                new Edit("add goal to unknown what matters", f -> f.plan.addGoal(unknown, "Swim", f.stamp())),
                new Edit("add goal without what matters", f -> f.plan.addGoal(null, "Swim", f.stamp())),
                new Edit("add blank goal", f -> f.plan.addGoal(f.whatMatters, "", f.stamp())),
                new Edit("change unknown goal", f -> f.plan.changeGoal(unknown, f.whatMatters, "Swim", f.stamp())),
                new Edit("change goal to unknown what matters", f -> f.plan.changeGoal(f.goal, unknown, "Swim",
                        f.stamp())),
                new Edit("void goal without a reason", f -> f.plan.voidGoal(f.goal, null, f.stamp())),
                new Edit("void unknown goal", f -> f.plan.voidGoal(unknown, "Gone", f.stamp())),
                new Edit("add action to unknown goal", f -> f.plan.addAction(f.actionFor(unknown, "Ring"), f.stamp())),
                new Edit("add action without owner", f -> f.plan.addAction(new ActionDetails(f.goal, "Ring", " ",
                        TODAY.plusDays(7), SupportComponent.CHOICE), f.stamp())),
                new Edit("change unknown action", f -> f.plan.changeAction(unknown, f.actionFor(f.goal, "Ring"),
                        f.stamp())),
                new Edit("change action to unknown goal", f -> f.plan.changeAction(f.action,
                        f.actionFor(unknown, "Ring"), f.stamp())),
                new Edit("void action without a reason", f -> f.plan.voidAction(f.action, "", f.stamp())),
                new Edit("over-long contingency", f -> f.plan.setContingency("x".repeat(4001), f.stamp())),
                new Edit("review date today", f -> f.plan.setReviewDate(TODAY, TODAY, f.stamp())),
                new Edit("review date over two years ahead", f -> f.plan.setReviewDate(TODAY.plusYears(2).plusDays(1),
                        TODAY, f.stamp())),
                new Edit("no review date", f -> f.plan.setReviewDate(null, TODAY, f.stamp())),
                new Edit("progress on unknown action", f -> f.plan.recordProgress(unknown, ActionProgress.DONE,
                        f.stamp())),
                new Edit("no progress", f -> f.plan.recordProgress(f.action, null, f.stamp())));
    }

    @Nested
    class Starting {

        @Test
        void startsAsAnEmptyDraftAtVersionOneWithItsReviewDate() {
            CarePlan plan = CarePlan.start(PLAN_ID, PERSON, REVIEW, TODAY, STARTED);

            assertThat(plan.id()).isEqualTo(PLAN_ID);
            assertThat(plan.person()).isEqualTo(PERSON);
            assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(plan.version()).isEqualTo(1);
            assertThat(plan.agreedVersion()).isZero();
            assertThat(plan.reviewDate()).isEqualTo(REVIEW);
            assertThat(plan.created()).isEqualTo(STARTED);
            assertThat(plan.updated()).isEqualTo(STARTED);
            assertThat(plan.contingency()).isNull();
            assertThat(plan.closeReason()).isNull();
            assertThat(plan.content()).isEqualTo(new PlanContent(List.of(), List.of(), List.of(), null, REVIEW));
        }

        @Test
        void refusesToStartWithoutAReviewDate() {
            assertRefused(() -> CarePlan.start(PLAN_ID, PERSON, null, TODAY, STARTED), "reviewDate");
        }

        @ParameterizedTest
        @ValueSource(longs = {0, -1, -365})
        void refusesAReviewDateThatIsNotAfterToday(long days) {
            assertThatThrownBy(() -> CarePlan.start(PLAN_ID, PERSON, TODAY.plusDays(days), TODAY, STARTED))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new FieldProblem("reviewDate", "must be after today")));
        }

        @Test
        void acceptsAReviewDateFromTomorrowToExactlyTwoYearsAhead() {
            assertThat(CarePlan.start(PLAN_ID, PERSON, TODAY.plusDays(1), TODAY, STARTED).reviewDate())
                    .isEqualTo(LocalDate.of(2026, 3, 3));
            assertThat(CarePlan.start(PLAN_ID, PERSON, TODAY.plusYears(2), TODAY, STARTED).reviewDate())
                    .isEqualTo(LocalDate.of(2028, 3, 2));
        }

        @Test
        void refusesAReviewDateMoreThanTwoYearsAhead() {
            assertThatThrownBy(() -> CarePlan.start(PLAN_ID, PERSON, TODAY.plusYears(2).plusDays(1), TODAY, STARTED))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field).containsExactly("reviewDate"));
        }

        @Test
        void savingGivesTheSamePlanAtTheNewVersion() {
            PlanFixture f = PlanFixture.inState(PlanStatus.ACTIVE);
            PlanFixture.State before = f.state();

            CarePlan saved = f.plan.savedAs(5);

            assertThat(saved.version()).isEqualTo(5);
            assertThat(saved.id()).isEqualTo(f.plan.id());
            assertThat(saved.status()).isEqualTo(before.status());
            assertThat(saved.agreedVersion()).isEqualTo(before.agreedVersion());
            assertThat(saved.content()).isEqualTo(before.content());
            assertThat(saved.allGoals()).isEqualTo(before.goals());
            assertThat(saved.created()).isEqualTo(f.plan.created());
            assertThat(saved.updated()).isEqualTo(before.updated());
            assertThat(f.plan.version()).isEqualTo(1);
        }
    }

    @Nested
    class ChangingContent {

        static Stream<Arguments> editableStatesAndEdits() {
            return crossProduct(List.of(PlanStatus.DRAFT, PlanStatus.UNDER_REVIEW, PlanStatus.REVISED), validEdits());
        }

        static Stream<Arguments> lockedStatesAndEdits() {
            return crossProduct(List.of(PlanStatus.AGREED, PlanStatus.ACTIVE, PlanStatus.CLOSED), validEdits());
        }

        static Stream<Arguments> editableStatesAndRefusedEdits() {
            return crossProduct(List.of(PlanStatus.DRAFT, PlanStatus.UNDER_REVIEW, PlanStatus.REVISED),
                    refusedEdits());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @MethodSource("editableStatesAndEdits")
        void allowsEveryKindOfEditInDraftUnderReviewAndRevised(PlanStatus status, Edit edit) {
            PlanFixture f = PlanFixture.inState(status);
            PlanFixture.State before = f.state();

            edit.apply().accept(f);

            assertThat(f.state()).isNotEqualTo(before);
            assertThat(f.plan.updated()).isNotEqualTo(before.updated());
            assertThat(f.plan.updated().at()).isAfter(before.updated().at());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("care.whatmatters.careplan.domain.CarePlanTest#validEdits")
        void anEditUnderReviewMakesThePlanRevised(Edit edit) {
            PlanFixture f = PlanFixture.inState(PlanStatus.UNDER_REVIEW);

            edit.apply().accept(f);

            assertThat(f.plan.status()).isEqualTo(PlanStatus.REVISED);
            assertThat(f.plan.agreedVersion()).isEqualTo(1);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("care.whatmatters.careplan.domain.CarePlanTest#validEdits")
        void anEditLeavesADraftADraftAndARevisedPlanRevised(Edit edit) {
            PlanFixture draft = PlanFixture.inState(PlanStatus.DRAFT);
            PlanFixture revised = PlanFixture.inState(PlanStatus.REVISED);

            edit.apply().accept(draft);
            edit.apply().accept(revised);

            assertThat(draft.plan.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(revised.plan.status()).isEqualTo(PlanStatus.REVISED);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @MethodSource("lockedStatesAndEdits")
        void refusesEveryEditToAnAgreedActiveOrClosedPlanAndChangesNothing(PlanStatus status, Edit edit) {
            PlanFixture f = PlanFixture.inState(status);
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> edit.apply().accept(f))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining(status == PlanStatus.CLOSED ? "closed" : "Start a review");
            assertThat(f.state()).isEqualTo(before);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @MethodSource("editableStatesAndRefusedEdits")
        void aRefusedEditLeavesThePlanExactlyAsItWas(PlanStatus status, Edit edit) {
            PlanFixture f = PlanFixture.inState(status);
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> edit.apply().accept(f)).isInstanceOfAny(InvalidInputException.class,
                    NotFoundException.class, ConflictException.class);

            assertThat(f.state()).isEqualTo(before);
            assertThat(f.plan.status()).isEqualTo(status);
        }

        @Test
        void keepsTheContingencyPlanAsWrittenAndClearsItWhenBlank() {
            PlanFixture f = PlanFixture.draft();

            f.plan.setContingency("  If I miss the bus, text Sam.\n", f.stamp());
            assertThat(f.plan.contingency()).isEqualTo("  If I miss the bus, text Sam.\n");
            assertThat(f.plan.content().contingency()).isEqualTo("  If I miss the bus, text Sam.\n");

            f.plan.setContingency("   ", f.stamp());
            assertThat(f.plan.contingency()).isNull();
        }

        @Test
        void movesTheReviewDate() {
            PlanFixture f = PlanFixture.draft();

            f.plan.setReviewDate(LocalDate.of(2027, 1, 15), TODAY, f.stamp());

            assertThat(f.plan.reviewDate()).isEqualTo(LocalDate.of(2027, 1, 15));
            assertThat(f.plan.content().reviewDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        }

        @Test
        void recordsWhoMadeTheLastChangeAndWhen() {
            PlanFixture f = PlanFixture.draft();
            Stamp stamp = new Stamp("Priya Shah, Link worker", START.plusSeconds(86_400));

            f.plan.setContingency("Call Priya", stamp);

            assertThat(f.plan.updated()).isEqualTo(stamp);
            assertThat(f.plan.created()).isEqualTo(STARTED);
        }

    }

    @Nested
    class Agreeing {

        @Test
        void agreesADraftAsVersionOne() {
            PlanFixture f = PlanFixture.draft();
            Agreement agreement = f.agreement(true);

            AgreedVersion version = f.plan.agree(agreement, TODAY);

            assertThat(version.number()).isEqualTo(1);
            assertThat(version.agreement()).isEqualTo(agreement);
            assertThat(version.content()).isEqualTo(f.plan.content());
            assertThat(f.plan.status()).isEqualTo(PlanStatus.AGREED);
            assertThat(f.plan.agreedVersion()).isEqualTo(1);
            assertThat(f.plan.updated()).isEqualTo(new Stamp(agreement.recordedBy(), agreement.at()));
        }

        @ParameterizedTest
        @EnumSource(PlanStatus.class)
        void refusesWithoutThePersonsAgreement(PlanStatus status) {
            PlanFixture f = PlanFixture.inState(status);
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> f.plan.agree(f.agreement(false), TODAY))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field).containsExactly("personAgreed"));
            assertThat(f.state()).isEqualTo(before);
        }

        @Test
        void refusesAnOverLongListOfParticipants() {
            PlanFixture f = PlanFixture.draft();
            PlanFixture.State before = f.state();
            Agreement agreement = new Agreement(START, PRACTITIONER, "OT", true, "x".repeat(FreeText.SHORT + 1));

            assertRefused(() -> f.plan.agree(agreement, TODAY), "participants");
            assertThat(f.state()).isEqualTo(before);
        }

        @Test
        void refusesAPlanWithNothingThatMattersOrNoGoalSayingEverythingMissingAtOnce() {
            PlanFixture f = PlanFixture.emptyDraft();
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> f.plan.agree(f.agreement(true), REVIEW))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("record what matters to the person")
                    .hasMessageContaining("add at least one goal")
                    .hasMessageContaining("set a review date after today");
            assertThat(f.state()).isEqualTo(before);
        }

        @Test
        void refusesAPlanWhoseOnlyGoalWasVoided() {
            PlanFixture f = PlanFixture.draft();
            f.plan.voidGoal(f.goal, "Not right for now", f.stamp());
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> f.agree())
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("add at least one goal")
                    .hasMessageNotContaining("record what matters");
            assertThat(f.state()).isEqualTo(before);
        }

        @Test
        void voidedItemsDoNotCountTowardsAgreement() {
            PlanFixture f = PlanFixture.draft();
            f.plan.voidGoal(f.goal, "Not now", f.stamp());
            f.plan.voidWhatMatters(f.whatMatters, "Said in error", f.stamp());
            f.plan.voidWhatMatters(f.spare, "Said in error", f.stamp());
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> f.agree())
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("record what matters to the person")
                    .hasMessageContaining("add at least one goal")
                    .hasMessageNotContaining("review date");
            assertThat(f.state()).isEqualTo(before);
        }

        @Test
        void refusesWhenTheReviewDateIsNoLongerAfterToday() {
            PlanFixture f = PlanFixture.draft();
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> f.plan.agree(f.agreement(true), REVIEW))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("set a review date after today")
                    .hasMessageNotContaining("goal");
            assertThat(f.state()).isEqualTo(before);
            assertThat(f.plan.agree(f.agreement(true), REVIEW.minusDays(1)).number()).isEqualTo(1);
        }

        @ParameterizedTest
        @EnumSource(value = PlanStatus.class, names = {"AGREED", "ACTIVE", "UNDER_REVIEW", "CLOSED"})
        void canOnlyBeAgreedFromDraftOrRevised(PlanStatus status) {
            PlanFixture f = PlanFixture.inState(status);
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> f.agree()).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("cannot be agreed now");
            assertThat(f.state()).isEqualTo(before);
        }

        @Test
        void aRevisedPlanIsAgreedAgainAsTheNextVersion() {
            PlanFixture f = PlanFixture.inState(PlanStatus.REVISED);

            AgreedVersion second = f.agree();

            assertThat(second.number()).isEqualTo(2);
            assertThat(f.plan.status()).isEqualTo(PlanStatus.AGREED);
            assertThat(f.plan.agreedVersion()).isEqualTo(2);
        }

        @Test
        void numbersAgreedVersionsOneTwoThree() {
            PlanFixture f = PlanFixture.draft();
            List<Integer> numbers = new ArrayList<>();

            numbers.add(f.agree().number());
            for (String contingency : List.of("Call Mum", "Call Sam")) {
                f.plan.activate(f.stamp());
                f.plan.startReview(f.stamp());
                f.plan.setContingency(contingency, f.stamp());
                numbers.add(f.agree().number());
            }

            assertThat(numbers).containsExactly(1, 2, 3);
            assertThat(f.plan.agreedVersion()).isEqualTo(3);
        }

        @Test
        void anAgreedVersionKeepsTheContentAsItWasAgreed() {
            PlanFixture f = PlanFixture.draft();
            f.plan.setContingency("Call Mum", f.stamp());
            AgreedVersion first = f.agree();
            f.plan.activate(f.stamp());
            f.plan.recordProgress(f.action, ActionProgress.IN_PROGRESS, f.stamp());
            f.plan.startReview(f.stamp());
            f.plan.rewordWhatMatters(f.whatMatters, "Getting to lectures and back", f.stamp());
            f.plan.changeGoal(f.goal, f.whatMatters, "Take the bus both ways by July", f.stamp());
            f.plan.changeAction(f.action, f.actionFor(f.goal, "Practise the route home"), f.stamp());
            UUID extraGoal = f.plan.addGoal(f.whatMatters, "Join a society", f.stamp());
            f.plan.addAction(f.actionFor(extraGoal, "Go to the freshers' fair"), f.stamp());
            f.plan.setContingency("Call Sam", f.stamp());
            f.plan.setReviewDate(LocalDate.of(2026, 12, 1), TODAY, f.stamp());
            AgreedVersion second = f.agree();
            f.plan.startReview(f.stamp());
            f.plan.voidGoal(extraGoal, "Changed my mind", f.stamp());
            f.plan.recordProgress(f.action, ActionProgress.DONE, f.stamp());

            PlanContent agreedFirst = first.content();
            assertThat(agreedFirst.whatMatters()).extracting(WhatMattersItem::text)
                    .containsExactly("Getting to lectures on my own", "Cooking for myself");
            assertThat(agreedFirst.goals()).extracting(Goal::text)
                    .containsExactly("Take the bus to campus by myself by June");
            assertThat(agreedFirst.actions()).extracting(PlanAction::description, PlanAction::progress)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "Practise the bus route with a travel trainer", ActionProgress.NOT_STARTED));
            assertThat(agreedFirst.contingency()).isEqualTo("Call Mum");
            assertThat(agreedFirst.reviewDate()).isEqualTo(REVIEW);

            PlanContent agreedSecond = second.content();
            assertThat(agreedSecond.goals()).extracting(Goal::text)
                    .containsExactly("Take the bus both ways by July", "Join a society");
            assertThat(agreedSecond.goals()).allMatch(Goal::live);
            assertThat(agreedSecond.actions()).extracting(PlanAction::progress)
                    .containsExactly(ActionProgress.IN_PROGRESS, ActionProgress.NOT_STARTED);
            assertThat(agreedSecond.contingency()).isEqualTo("Call Sam");
            assertThat(agreedSecond.reviewDate()).isEqualTo(LocalDate.of(2026, 12, 1));

            assertThat(f.plan.content().goals()).extracting(Goal::text)
                    .containsExactly("Take the bus both ways by July");
        }

        @Test
        void theContentOfAnAgreedVersionCannotBeAlteredByWhoeverHoldsIt() {
            AgreedVersion version = PlanFixture.draft().agree();
            Goal goal = version.content().goals().get(0);

            assertThatThrownBy(() -> version.content().goals().add(goal))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> version.content().whatMatters().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> version.content().actions().remove(0))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Reviewing {

        @ParameterizedTest
        @EnumSource(value = PlanStatus.class, names = {"AGREED", "ACTIVE"})
        void anAgreedOrActivePlanCanBeReviewed(PlanStatus status) {
            PlanFixture f = PlanFixture.inState(status);
            Stamp stamp = f.stamp();

            f.plan.startReview(stamp);

            assertThat(f.plan.status()).isEqualTo(PlanStatus.UNDER_REVIEW);
            assertThat(f.plan.updated()).isEqualTo(stamp);
        }

        @ParameterizedTest
        @EnumSource(value = PlanStatus.class, names = {"DRAFT", "UNDER_REVIEW", "REVISED", "CLOSED"})
        void aReviewCannotStartFromOtherStates(PlanStatus status) {
            PlanFixture f = PlanFixture.inState(status);
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> f.plan.startReview(f.stamp())).isInstanceOf(ConflictException.class);
            assertThat(f.state()).isEqualTo(before);
        }

        @Test
        void anAgreedPlanStartsBeingCarriedOut() {
            PlanFixture f = PlanFixture.inState(PlanStatus.AGREED);
            Stamp stamp = f.stamp();

            f.plan.activate(stamp);

            assertThat(f.plan.status()).isEqualTo(PlanStatus.ACTIVE);
            assertThat(f.plan.updated()).isEqualTo(stamp);
        }

        @ParameterizedTest
        @EnumSource(value = PlanStatus.class, names = {"DRAFT", "ACTIVE", "REVISED", "CLOSED"})
        void onlyAnAgreedPlanCanBeStarted(PlanStatus status) {
            PlanFixture f = PlanFixture.inState(status);
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> f.plan.activate(f.stamp())).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("cannot be started now");
            assertThat(f.state()).isEqualTo(before);
        }

        /**
         * A review ends either by agreeing the revised plan or by {@code completeReviewUnchanged} with the next
         * review date. Starting the plan again must not be a third way out that keeps the old, due review date.
         */
        @Test
        void aPlanUnderReviewCannotBeStartedAgainWithoutCompletingTheReview() {
            PlanFixture f = PlanFixture.inState(PlanStatus.UNDER_REVIEW);
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> f.plan.activate(f.stamp())).isInstanceOf(ConflictException.class);
            assertThat(f.state()).isEqualTo(before);
        }

        @Test
        void aReviewThatChangesNothingReturnsThePlanToActiveWithTheNextReviewDate() {
            PlanFixture f = PlanFixture.inState(PlanStatus.UNDER_REVIEW);
            PlanContent agreed = f.state().content();
            Stamp stamp = f.stamp();

            f.plan.completeReviewUnchanged(LocalDate.of(2027, 3, 1), TODAY, stamp);

            assertThat(f.plan.status()).isEqualTo(PlanStatus.ACTIVE);
            assertThat(f.plan.reviewDate()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(f.plan.agreedVersion()).isEqualTo(1);
            assertThat(f.plan.updated()).isEqualTo(stamp);
            assertThat(f.plan.content().goals()).isEqualTo(agreed.goals());
        }

        @Test
        void aRevisedPlanMustBeAgreedAgainRatherThanCompletedUnchanged() {
            PlanFixture f = PlanFixture.inState(PlanStatus.REVISED);
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> f.plan.completeReviewUnchanged(LocalDate.of(2027, 3, 1), TODAY, f.stamp()))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("must be agreed again");
            assertThat(f.state()).isEqualTo(before);
        }

        @ParameterizedTest
        @EnumSource(value = PlanStatus.class, names = {"DRAFT", "AGREED", "ACTIVE", "CLOSED"})
        void onlyAPlanUnderReviewCanBeCompletedUnchanged(PlanStatus status) {
            PlanFixture f = PlanFixture.inState(status);
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> f.plan.completeReviewUnchanged(LocalDate.of(2027, 3, 1), TODAY, f.stamp()))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("not under review");
            assertThat(f.state()).isEqualTo(before);
            assertThat(f.plan.reviewDate()).isEqualTo(REVIEW);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-03-02", "2026-01-01", "2028-03-03"})
        void theNextReviewDateMustBeAfterTodayAndWithinTwoYears(String next) {
            PlanFixture f = PlanFixture.inState(PlanStatus.UNDER_REVIEW);
            PlanFixture.State before = f.state();

            assertRefused(() -> f.plan.completeReviewUnchanged(LocalDate.parse(next), TODAY, f.stamp()), "reviewDate");
            assertThat(f.state()).isEqualTo(before);
        }

        @Test
        void aReviewNeedsANextReviewDate() {
            PlanFixture f = PlanFixture.inState(PlanStatus.UNDER_REVIEW);
            PlanFixture.State before = f.state();

            assertRefused(() -> f.plan.completeReviewUnchanged(null, TODAY, f.stamp()), "reviewDate");
            assertThat(f.state()).isEqualTo(before);
        }
    }

    @Nested
    class RecordingProgress {

        @ParameterizedTest
        @EnumSource(value = PlanStatus.class, names = {"AGREED", "ACTIVE"})
        void progressIsRecordedOnAnAgreedOrActivePlanWithoutAgreeingItAgain(PlanStatus status) {
            PlanFixture f = PlanFixture.inState(status);
            Stamp stamp = f.stamp();

            f.plan.recordProgress(f.action, ActionProgress.IN_PROGRESS, stamp);

            assertThat(f.plan.status()).isEqualTo(status);
            assertThat(f.plan.agreedVersion()).isEqualTo(1);
            assertThat(f.plan.updated()).isEqualTo(stamp);
            PlanAction action = f.plan.content().actions().get(0);
            assertThat(action.progress()).isEqualTo(ActionProgress.IN_PROGRESS);
            assertThat(action.updated()).isEqualTo(stamp);
        }

        @Test
        void progressDuringAReviewDoesNotCountAsAChangeToThePlan() {
            PlanFixture f = PlanFixture.inState(PlanStatus.UNDER_REVIEW);

            f.plan.recordProgress(f.action, ActionProgress.DONE, f.stamp());

            assertThat(f.plan.status()).isEqualTo(PlanStatus.UNDER_REVIEW);
        }

        @Test
        void progressCannotBeRecordedOnAClosedPlan() {
            PlanFixture f = PlanFixture.inState(PlanStatus.CLOSED);
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> f.plan.recordProgress(f.action, ActionProgress.DONE, f.stamp()))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("closed");
            assertThat(f.state()).isEqualTo(before);
        }

        @ParameterizedTest
        @EnumSource(value = PlanStatus.class, names = {"AGREED", "ACTIVE"})
        void refusedProgressLeavesThePlanAsItWas(PlanStatus status) {
            PlanFixture f = PlanFixture.inState(status);
            PlanFixture.State before = f.state();

            assertThatThrownBy(() -> f.plan.recordProgress(f.action, null, f.stamp()))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> f.plan.recordProgress(UUID.randomUUID(), ActionProgress.DONE, f.stamp()))
                    .isInstanceOf(NotFoundException.class);
            assertThat(f.state()).isEqualTo(before);
        }
    }

    @Nested
    class Closing {

        @ParameterizedTest
        @EnumSource(value = PlanStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
        void anyOpenPlanCanBeClosedWithAReason(PlanStatus status) {
            PlanFixture f = PlanFixture.inState(status);
            Stamp stamp = f.stamp();

            f.plan.close("  Moved to Scotland ", stamp);

            assertThat(f.plan.status()).isEqualTo(PlanStatus.CLOSED);
            assertThat(f.plan.closeReason()).isEqualTo("  Moved to Scotland ");
            assertThat(f.plan.updated()).isEqualTo(stamp);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void closingNeedsAReason(String reason) {
            PlanFixture f = PlanFixture.inState(PlanStatus.ACTIVE);
            PlanFixture.State before = f.state();

            assertRefused(() -> f.plan.close(reason, f.stamp()), "reason");
            assertThat(f.state()).isEqualTo(before);
        }

        @Test
        void aClosedPlanRefusesEverything() {
            PlanFixture f = PlanFixture.inState(PlanStatus.CLOSED);
            PlanFixture.State before = f.state();
            LocalDate next = LocalDate.of(2027, 1, 1);

            assertThatThrownBy(() -> f.plan.close("Again", f.stamp())).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> f.agree()).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> f.plan.activate(f.stamp())).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> f.plan.startReview(f.stamp())).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> f.plan.completeReviewUnchanged(next, TODAY, f.stamp()))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> f.plan.recordProgress(f.action, ActionProgress.DONE, f.stamp()))
                    .isInstanceOf(ConflictException.class);
            for (Edit edit : validEdits()) {
                assertThatThrownBy(() -> edit.apply().accept(f)).as(edit.name()).isInstanceOf(ConflictException.class);
            }

            assertThat(f.state()).isEqualTo(before);
            assertThat(f.plan.closeReason()).isEqualTo("Moved out of the area");
        }
    }

    private static Stream<Arguments> crossProduct(List<PlanStatus> statuses, List<Edit> edits) {
        return statuses.stream().flatMap(s -> edits.stream().map(e -> Arguments.of(s, e)));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(field));
    }

    /** Saving the same words again at a review changes nothing, so the plan need not be agreed again. */
    @Test
    void savingUnchangedContentAtReviewLeavesThePlanUnderReview() {
        PlanFixture f = PlanFixture.inState(PlanStatus.UNDER_REVIEW);
        CarePlan plan = f.plan;
        plan.setContingency(plan.contingency(), f.stamp());
        plan.setReviewDate(plan.reviewDate(), PlanFixture.TODAY, f.stamp());
        plan.rewordWhatMatters(f.whatMatters, "Getting to lectures on my own", f.stamp());
        plan.changeGoal(f.goal, f.whatMatters, "Take the bus to campus by myself by June", f.stamp());

        assertThat(plan.status()).isEqualTo(PlanStatus.UNDER_REVIEW);

        plan.changeGoal(f.goal, f.whatMatters, "Take the bus to campus by myself by July", f.stamp());
        assertThat(plan.status()).isEqualTo(PlanStatus.REVISED);
    }
}
