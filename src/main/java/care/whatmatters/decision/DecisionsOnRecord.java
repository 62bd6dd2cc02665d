package care.whatmatters.decision;

import care.whatmatters.decision.domain.SharedDecision;
import care.whatmatters.outcome.domain.OutcomeResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person's shared decisions, newest first, with the collaboRATE response about each conversation. */
public record DecisionsOnRecord(List<SharedDecision> decisions, List<OutcomeResponse> ratings) {

    public Optional<OutcomeResponse> rating(UUID decision) {
        return ratings.stream().filter(r -> decision.equals(r.context())).findFirst();
    }

    /** Decisions the person has said are not what they decided, not yet answered by the team. */
    public List<SharedDecision> openFlags() {
        return decisions.stream().filter(SharedDecision::flaggedByPerson).toList();
    }

    public boolean isEmpty() {
        return decisions.isEmpty();
    }
}
