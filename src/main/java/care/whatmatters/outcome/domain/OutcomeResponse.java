package care.whatmatters.outcome.domain;

import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One completed measure for one person, dated the day it was answered. The answers are kept as given and
 * the scores as scored then; a mistaken response is voided with a reason, never deleted.
 *
 * @param byPerson  whether the person (or someone acting for them) entered it themselves
 * @param context   what it is about, when it belongs to something else: the shared decision a collaboRATE
 *                  response rates, or the plan a GAS review scored (null otherwise)
 */
public record OutcomeResponse(UUID id, PersonId person, Measure measure, LocalDate answeredOn, Answers answers,
        ScoreSheet scores, boolean byPerson, UUID context, Stamp recorded, Voiding voided) {

    public boolean live() {
        return voided == null;
    }
}
