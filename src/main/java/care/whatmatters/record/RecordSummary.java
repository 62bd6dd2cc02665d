package care.whatmatters.record;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.person.domain.AboutMeVersion;
import care.whatmatters.person.domain.DigitalInclusion;
import care.whatmatters.person.domain.Person;
import care.whatmatters.person.domain.Representative;
import care.whatmatters.team.CareTeamMember;
import java.util.List;
import java.util.Optional;

/**
 * The record as other systems read it through the JSON API: who the person is, About Me, the current plan,
 * the team and their circumstances. The plan's history, the conversation and the other components have
 * endpoints of their own.
 */
public record RecordSummary(Person person, Optional<AboutMeVersion> aboutMe, Optional<CarePlan> plan,
        List<CareTeamMember> careTeam, List<Representative> representatives,
        Optional<DigitalInclusion> digitalInclusion, AccessBasis basis) {
}
