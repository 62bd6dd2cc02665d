package care.whatmatters.selfmanagement;

import care.whatmatters.careplan.domain.Goal;
import care.whatmatters.selfmanagement.domain.Activation;
import care.whatmatters.selfmanagement.domain.DigitalReach;
import care.whatmatters.selfmanagement.domain.SupportSession;
import care.whatmatters.selfmanagement.domain.SupportSuggestion;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Self-management on the record: activation (newest first), the support suggested for the latest level and
 * tailored to digital reach, the sessions, and the plan's goals they may serve.
 */
public record SelfManagementSummary(List<Activation> activations, DigitalReach reach,
        List<SupportSuggestion> suggestions, List<SupportSession> sessions, List<Goal> goals) {

    public Optional<Activation> latest() {
        return activations.stream().findFirst();
    }

    public String goalText(UUID goal) {
        return goals.stream().filter(g -> g.id().equals(goal)).map(Goal::text).findFirst()
                .orElse("a goal no longer in the plan");
    }
}
