package care.whatmatters.decision.domain;

import java.time.Instant;

/**
 * The person said "this is not what I decided", in their words; the team sees it flagged until it answers.
 */
public record DecisionFlag(String words, String raisedBy, Instant raisedAt, String response, String answeredBy,
        Instant answeredAt) {

    public boolean open() {
        return response == null;
    }
}
