package care.whatmatters.careplan;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.person.AboutMeRecord;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.shared.PersonId;
import care.whatmatters.team.CareTeams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a plan with its history and conversation for the plan pages: one access check, one audit entry. */
@Service
public class PlanWorkspaces {

    private final RecordAccess access;
    private final PersonRegister register;
    private final AboutMeRecord aboutMe;
    private final CarePlanning planning;
    private final PlanHistory history;
    private final PlanConversation conversation;
    private final CareTeams careTeams;

    PlanWorkspaces(RecordAccess access, PersonRegister register, AboutMeRecord aboutMe, CarePlanning planning,
            PlanHistory history, PlanConversation conversation, CareTeams careTeams) {
        this.access = access;
        this.register = register;
        this.aboutMe = aboutMe;
        this.planning = planning;
        this.history = history;
        this.conversation = conversation;
        this.careTeams = careTeams;
    }

    @Transactional(readOnly = true)
    public PlanWorkspace open(Actor actor, PersonId person) {
        return assemble(access.read(actor, person, "plan"));
    }

    /** For the copy of the plan the person holds (printed or saved): audited as an export. */
    @Transactional(readOnly = true)
    public PlanWorkspace copy(Actor actor, PersonId person) {
        return assemble(access.export(actor, person, "plan copy"));
    }

    private PlanWorkspace assemble(AccessGrant grant) {
        java.util.Optional<care.whatmatters.careplan.domain.CarePlan> plan = planning.current(grant);
        return new PlanWorkspace(register.get(grant), plan,
                plan.map(p -> history.agreedVersions(grant, p)).orElse(java.util.List.of()),
                plan.map(p -> conversation.comments(grant, p)).orElse(java.util.List.of()),
                plan.map(p -> conversation.proposals(grant, p)).orElse(java.util.List.of()), aboutMe.current(grant),
                careTeams.members(grant.person()), grant.basis());
    }
}
