package care.whatmatters.budget.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Works out when a budget's next review is due from what happened, never from a date someone typed:
 * <ul>
 * <li>no payment yet: no review is due by rule (only on request);</li>
 * <li>otherwise, if no review was held since the first payment, within {@code firstWithin} of it;</li>
 * <li>after a review, within {@code interval} of the latest one;</li>
 * <li>an open request (asked after the latest review) brings it forward to within {@code onRequestWithin}.</li>
 * </ul>
 * A stopped budget is not reviewed.
 */
public final class ReviewSchedule {

    private ReviewSchedule() {
    }

    public static Optional<ReviewDue> next(ReviewRules rules, BudgetStatus status, Optional<LocalDate> firstPayment,
            List<HeldReview> held, List<ReviewRequest> requests) {
        if (status == BudgetStatus.STOPPED) {
            return Optional.empty();
        }
        Optional<LocalDate> lastReview = held.stream().map(HeldReview::heldOn).max(Comparator.naturalOrder());
        Optional<ReviewDue> byRule = firstPayment.map(first -> lastReview.filter(r -> !r.isBefore(first))
                .map(r -> new ReviewDue(r.plus(rules.interval()), "at most " + words(rules.interval())
                        + " after the last review"))
                .orElseGet(() -> new ReviewDue(first.plus(rules.firstWithin()), "within " + words(rules.firstWithin())
                        + " of the first payment")));
        Optional<ReviewDue> onRequest = requests.stream()
                .filter(q -> lastReview.map(r -> q.askedOn().isAfter(r)).orElse(true))
                .map(q -> new ReviewDue(q.askedOn().plus(rules.onRequestWithin()), "within "
                        + words(rules.onRequestWithin()) + " of being asked for: " + q.trigger().label()))
                .min(Comparator.comparing(ReviewDue::dueOn));
        return java.util.stream.Stream.of(byRule, onRequest).flatMap(Optional::stream)
                .min(Comparator.comparing(ReviewDue::dueOn));
    }

    static String words(java.time.Period period) {
        if (period.getYears() == 0 && period.getDays() == 0) {
            return period.getMonths() + (period.getMonths() == 1 ? " month" : " months");
        }
        if (period.getMonths() == 0 && period.getDays() == 0) {
            return period.getYears() + (period.getYears() == 1 ? " year" : " years");
        }
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return period.getDays() + (period.getDays() == 1 ? " day" : " days");
        }
        return period.toString();
    }
}
