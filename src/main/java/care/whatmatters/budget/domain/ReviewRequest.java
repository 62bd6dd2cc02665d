package care.whatmatters.budget.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Stamp;
import java.time.LocalDate;
import java.util.UUID;

/** Someone asked for the budget to be reviewed before it was due. {@code askedOn} may be before it was recorded. */
public record ReviewRequest(UUID id, ReviewTrigger trigger, String note, LocalDate askedOn, Stamp recorded) {

    public static ReviewRequest of(UUID id, ReviewTrigger trigger, String note, LocalDate askedOn, LocalDate today,
            Stamp stamp) {
        InputCheck check = new InputCheck().required("trigger", trigger).text("note", note, FreeText.LONG)
                .required("askedOn", askedOn);
        check.that(trigger != ReviewTrigger.OTHER || (note != null && !note.isBlank()), "note",
                "must say why the review is needed");
        if (askedOn != null) {
            check.that(!askedOn.isAfter(today), "askedOn", "cannot be in the future")
                    .that(!askedOn.isBefore(today.minusYears(1)), "askedOn", "must be within the last year");
        }
        check.orThrow();
        return new ReviewRequest(id, trigger, note, askedOn, stamp);
    }
}
