package care.whatmatters.budget.domain;

import static care.whatmatters.budget.domain.BudgetFixture.START;
import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.shared.Stamp;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewScheduleTest {

    private static final ReviewRules RULES = ReviewRules.DEFAULT;
    private static final LocalDate FIRST_PAYMENT = LocalDate.of(2026, 1, 31);
    private static final Stamp STAMP = new Stamp("Sam Okafor, Occupational therapist", START);

    @Test
    void noReviewIsDueByRuleBeforeTheFirstPayment() {
        assertThat(next(Optional.empty(), List.of(), List.of())).isEmpty();
    }

    @Test
    void theFirstReviewIsDueWithinThreeMonthsOfTheFirstPayment() {
        ReviewDue due = next(Optional.of(FIRST_PAYMENT), List.of(), List.of()).orElseThrow();
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(due.why()).isEqualTo("within 3 months of the first payment");
    }

    @Test
    void afterAReviewTheNextIsDueAtMostTwelveMonthsLater() {
        ReviewDue due = next(Optional.of(FIRST_PAYMENT), List.of(held(LocalDate.of(2026, 4, 20)),
                held(LocalDate.of(2027, 3, 1))), List.of()).orElseThrow();
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(due.why()).isEqualTo("at most 12 months after the last review");
    }

    @Test
    void aReviewHeldBeforeTheFirstPaymentDoesNotCountAsTheFirstReview() {
        ReviewDue due = next(Optional.of(FIRST_PAYMENT), List.of(held(LocalDate.of(2026, 1, 10))), List.of())
                .orElseThrow();
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void askingForAReviewBringsItForwardUntilAReviewIsHeld() {
        ReviewRequest asked = requested(LocalDate.of(2026, 2, 10));
        ReviewDue due = next(Optional.of(FIRST_PAYMENT), List.of(), List.of(asked)).orElseThrow();
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(due.why()).startsWith("within 28 days of being asked for: The budget is not enough");

        ReviewDue afterReview = next(Optional.of(FIRST_PAYMENT), List.of(held(LocalDate.of(2026, 3, 1))),
                List.of(asked)).orElseThrow();
        assertThat(afterReview.dueOn()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void aReviewCanBeAskedForBeforeAnyPayment() {
        assertThat(next(Optional.empty(), List.of(), List.of(requested(LocalDate.of(2026, 1, 5)))))
                .map(ReviewDue::dueOn).contains(LocalDate.of(2026, 2, 2));
    }

    @Test
    void aReviewIsOverdueFromTheDayAfterItWasDue() {
        ReviewDue due = new ReviewDue(LocalDate.of(2026, 4, 30), "rule");
        assertThat(due.overdue(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(due.overdue(LocalDate.of(2026, 5, 1))).isTrue();
        assertThat(due.daysOverdue(LocalDate.of(2026, 5, 8))).isEqualTo(8);
    }

    @Test
    void aStoppedBudgetIsNotReviewed() {
        assertThat(ReviewSchedule.next(RULES, BudgetStatus.STOPPED, Optional.of(FIRST_PAYMENT), List.of(),
                List.of(requested(FIRST_PAYMENT)))).isEmpty();
    }

    @Test
    void followsTheConfiguredPeriods() {
        ReviewRules monthly = new ReviewRules(Period.ofMonths(1), Period.ofMonths(6), Period.ofDays(7));
        assertThat(ReviewSchedule.next(monthly, BudgetStatus.APPROVED, Optional.of(FIRST_PAYMENT), List.of(), List.of())
                .map(ReviewDue::dueOn)).contains(LocalDate.of(2026, 2, 28));
    }

    private static Optional<ReviewDue> next(Optional<LocalDate> firstPayment, List<HeldReview> held,
            List<ReviewRequest> requests) {
        return ReviewSchedule.next(RULES, BudgetStatus.APPROVED, firstPayment, held, requests);
    }

    private static HeldReview held(LocalDate on) {
        return new HeldReview(UUID.randomUUID(), on, ReviewOutcome.CONTINUE, "Going well", STAMP);
    }

    private static ReviewRequest requested(LocalDate on) {
        return new ReviewRequest(UUID.randomUUID(), ReviewTrigger.NOT_ENOUGH, "Needs more hours", on, STAMP);
    }
}
