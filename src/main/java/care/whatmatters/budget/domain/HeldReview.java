package care.whatmatters.budget.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Stamp;
import java.time.LocalDate;
import java.util.UUID;

/** A review of the budget with the person: when it was held, what it concluded, and notes. */
public record HeldReview(UUID id, LocalDate heldOn, ReviewOutcome outcome, String notes, Stamp recorded) {

    public static HeldReview of(UUID id, LocalDate heldOn, ReviewOutcome outcome, String notes, LocalDate today,
            Stamp stamp) {
        InputCheck check = new InputCheck().required("heldOn", heldOn).required("outcome", outcome)
                .requiredText("notes", notes, FreeText.LONG);
        if (heldOn != null) {
            check.that(!heldOn.isAfter(today), "heldOn", "cannot be in the future")
                    .that(!heldOn.isBefore(today.minusYears(1)), "heldOn", "must be within the last year");
        }
        check.orThrow();
        return new HeldReview(id, heldOn, outcome, notes, stamp);
    }
}
