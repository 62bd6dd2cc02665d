package care.whatmatters.record;

import care.whatmatters.careplan.domain.AgreedVersion;
import care.whatmatters.careplan.domain.GoalProposal;
import care.whatmatters.careplan.domain.PlanComment;
import java.util.List;

/**
 * What has been said and agreed about a person's current plan: its agreed versions, the comments on it and the
 * goals suggested for it. The person's own page shows it; the care team's record page does not (the team works on
 * it in the plan editor), so the team's record is read without it.
 */
public record PlanDiscussion(List<AgreedVersion> agreedVersions, List<PlanComment> comments,
        List<GoalProposal> proposals) {

    static final PlanDiscussion NONE = new PlanDiscussion(List.of(), List.of(), List.of());
}
