package care.whatmatters.budget.domain;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * A request waiting in the budget approvers' queue, and then the decision on it. The time limit runs from
 * the day the person asked ({@code askedOn}, which may be before the request was typed in); a request not
 * decided by {@code dueOn} is overdue. A request is decided once; it is never edited afterwards.
 *
 * @param lineId and {@code amount}: for an exception, the line and how much more is asked for
 * @param reconsiders for a reconsideration, the request whose decision is reconsidered
 */
public record ApprovalRequest(UUID id, UUID budgetId, PersonId person, RequestKind kind, LocalDate askedOn,
        LocalDate dueOn, String note, UUID lineId, Money amount, UUID reconsiders, Stamp submitted,
        Decision decision) {

    /** Files a new request; {@code note} is the team's covering note, or the person's reasons. */
    public static ApprovalRequest file(UUID id, UUID budgetId, PersonId person, RequestKind kind, LocalDate askedOn,
            String note, UUID lineId, Money amount, UUID reconsiders, ApprovalTimeLimits limits, LocalDate today,
            Stamp stamp) {
        InputCheck check = new InputCheck().required("askedOn", askedOn);
        if (kind == RequestKind.INITIAL) {
            check.text("note", note, FreeText.LONG);
        } else {
            check.requiredText("note", note, FreeText.LONG);
        }
        if (askedOn != null) {
            check.that(!askedOn.isAfter(today), "askedOn", "cannot be in the future")
                    .that(!askedOn.isBefore(today.minusYears(1)), "askedOn", "must be within the last year");
        }
        if (kind == RequestKind.EXCEPTION) {
            check.required("lineId", lineId).required("amount", amount)
                    .that(amount == null || amount.isPositive(), "amount", "must be more than £0.00");
        }
        check.orThrow();
        LocalDate due = askedOn.plusDays(limits.daysFor(kind));
        return new ApprovalRequest(id, budgetId, person, kind, askedOn, due, note, lineId, amount, reconsiders, stamp,
                null);
    }

    public ApprovalRequest decide(Decision newDecision) {
        if (decision != null) {
            throw new ConflictException("This request was already decided on by " + decision.decided().by() + ".");
        }
        newDecision.check(kind);
        if (kind == RequestKind.EXCEPTION && newDecision.outcome() == DecisionOutcome.APPROVED_WITH_CHANGES) {
            Money changed = newDecision.amounts().get(lineId);
            new InputCheck().that(newDecision.amounts().size() == 1 && changed != null, "lines",
                            "change only the amount of the line the exception is for")
                    .that(changed == null || (changed.isPositive() && changed.isLessThan(amount)), "lines",
                            "must be more than £0.00 and less than the " + amount.formatted() + " asked for")
                    .orThrow();
        }
        return new ApprovalRequest(id, budgetId, person, kind, askedOn, dueOn, note, lineId, amount, reconsiders,
                submitted, newDecision);
    }

    public boolean pending() {
        return decision == null;
    }

    public boolean overdue(LocalDate today) {
        return pending() && today.isAfter(dueOn);
    }

    /** How many days past the time limit it is (0 when not overdue). */
    public long daysOverdue(LocalDate today) {
        return overdue(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
    }

    public Optional<DecisionOutcome> outcome() {
        return Optional.ofNullable(decision).map(Decision::outcome);
    }

    /** For a decided exception: how much more the line may spend (£0.00 if refused). */
    public Money allowedException() {
        if (kind != RequestKind.EXCEPTION || decision == null || decision.outcome() == DecisionOutcome.REFUSED) {
            return Money.ZERO;
        }
        return decision.outcome() == DecisionOutcome.APPROVED ? amount : decision.amounts().get(lineId);
    }
}
