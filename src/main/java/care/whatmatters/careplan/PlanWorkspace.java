package care.whatmatters.careplan;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.careplan.domain.AgreedVersion;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.GoalProposal;
import care.whatmatters.careplan.domain.PlanComment;
import care.whatmatters.person.domain.AboutMeVersion;
import care.whatmatters.person.domain.Person;
import care.whatmatters.team.CareTeamMember;
import java.util.List;
import java.util.Optional;

/** Everything needed to work on (or print) one person's plan, read under one access decision. */
public record PlanWorkspace(Person person, Optional<CarePlan> plan, List<AgreedVersion> agreedVersions,
        List<PlanComment> comments, List<GoalProposal> proposals, Optional<AboutMeVersion> aboutMe,
        List<CareTeamMember> careTeam, AccessBasis basis) {

    /** The plan, if there is one still in use. */
    public Optional<CarePlan> openPlan() {
        return plan.filter(p -> p.status().isOpen());
    }
}
