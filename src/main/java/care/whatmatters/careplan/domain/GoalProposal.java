package care.whatmatters.careplan.domain;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FreeText;
import java.time.Instant;
import java.util.UUID;

/**
 * A goal the person proposes in their own words. The team answers every proposal: it becomes a goal in
 * the plan, or it is declined with a reason the person can read.
 */
public record GoalProposal(UUID id, String text, String proposedBy, Instant proposedAt, Status status,
        String response, String respondedBy, Instant respondedAt, UUID goalId) {

    public enum Status { OPEN, ACCEPTED, DECLINED }

    public GoalProposal accepted(UUID goal, String by, Instant at) {
        requireOpen();
        return new GoalProposal(id, text, proposedBy, proposedAt, Status.ACCEPTED, "Added to the plan", by, at, goal);
    }

    public GoalProposal declined(String reason, String by, Instant at) {
        requireOpen();
        String why = FreeText.required("reason", reason, FreeText.SHORT);
        return new GoalProposal(id, text, proposedBy, proposedAt, Status.DECLINED, why, by, at, null);
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new ConflictException("This proposal has already been answered.");
        }
    }
}
