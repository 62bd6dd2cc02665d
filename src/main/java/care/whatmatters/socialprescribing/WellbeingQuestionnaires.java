package care.whatmatters.socialprescribing;

import care.whatmatters.access.Actor;
import care.whatmatters.shared.PersonId;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Scores (and, where the platform keeps questionnaire responses, records) the wellbeing measures a referral
 * takes at baseline and follow-up: SWEMWBS and ONS4. The outcome module owns scoring as published; this is
 * the small port social prescribing needs from it.
 */
public interface WellbeingQuestionnaires {

    /** The measures a referral can take. */
    List<String> MEASURES = List.of("SWEMWBS", "ONS4");

    /**
     * Scores one completed questionnaire for the person.
     *
     * @param answers the items in their published order (SWEMWBS: 7 items, 1 to 5; ONS4: 4 items, 0 to 10)
     */
    Scored score(Actor actor, PersonId person, String measure, List<Integer> answers);

    /**
     * @param score      the headline score: SWEMWBS metric score; ONS4 life satisfaction
     * @param responseId the stored questionnaire response, when the outcome module keeps it (else null)
     */
    record Scored(BigDecimal score, String detail, UUID responseId) {
    }
}
