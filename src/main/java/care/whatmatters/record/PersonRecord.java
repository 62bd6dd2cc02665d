package care.whatmatters.record;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.decision.DecisionsOnRecord;
import care.whatmatters.outcome.OutcomeSummary;
import care.whatmatters.person.domain.AboutMeVersion;
import care.whatmatters.person.domain.DigitalInclusion;
import care.whatmatters.person.domain.Person;
import care.whatmatters.person.domain.Representative;
import care.whatmatters.selfmanagement.SelfManagementSummary;
import care.whatmatters.team.CareTeamMember;
import java.util.List;
import java.util.Optional;

/**
 * Everything on one person's record that the viewer may see, read under a single access decision (the discussion
 * of their plan apart: {@link PlanDiscussion}).
 *
 * @param basis why the viewer may see it (their own record, care team, break-glass ...)
 */
public record PersonRecord(
        Person person,
        Optional<AboutMeVersion> aboutMe,
        Optional<CarePlan> plan,
        List<CareTeamMember> careTeam,
        List<Representative> representatives,
        Optional<DigitalInclusion> digitalInclusion,
        AccessBasis basis,
        String breakGlassReason,
        OutcomeSummary outcomes,
        DecisionsOnRecord decisions,
        SelfManagementSummary selfManagement) {
}
