package care.whatmatters.decision;

import care.whatmatters.decision.domain.DecisionFlag;
import care.whatmatters.decision.domain.DecisionOption;
import care.whatmatters.decision.domain.SharedDecision;
import care.whatmatters.outcome.domain.OutcomeResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A shared decision as the JSON API shows it. */
public record DecisionView(UUID id, String question, String whatMattersMost, List<DecisionOption> options,
        String aidsUsed, String participants, String status, UUID chosenOptionId, String chosenOption,
        String reasons, String decidedBy, Instant decidedAt, DecisionFlag flag, boolean flaggedByPerson,
        UUID planActionId, Boolean collaborateTopBox, String recordedBy, Instant recordedAt) {

    public static DecisionView of(SharedDecision d, java.util.Optional<OutcomeResponse> rating) {
        return new DecisionView(d.id(), d.draft().question(), d.draft().whatMattersMost(), d.draft().options(),
                d.draft().aidsUsed(), d.draft().participants(), d.status().name(), d.chosenOption(),
                d.chosen().map(DecisionOption::title).orElse(null), d.reasons(),
                d.decided() == null ? null : d.decided().by(), d.decided() == null ? null : d.decided().at(), d.flag(),
                d.flaggedByPerson(), d.planAction(), rating.map(r -> r.scores().flag("topBox")).orElse(null),
                d.created().by(), d.created().at());
    }
}
