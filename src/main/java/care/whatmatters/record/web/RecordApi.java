package care.whatmatters.record.web;

import care.whatmatters.access.Actor;
import care.whatmatters.access.BreakGlass;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.audit.AuditEntry;
import care.whatmatters.careplan.PlanView;
import care.whatmatters.person.AboutMeView;
import care.whatmatters.person.DigitalInclusionView;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.PersonView;
import care.whatmatters.person.domain.Representative;
import care.whatmatters.record.AccessLogView;
import care.whatmatters.record.RecordSummary;
import care.whatmatters.record.RecordView;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.team.CareTeamMember;
import care.whatmatters.team.CareTeams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/persons/{id}")
@Tag(name = "Person record", description = "The whole record, its access log, break-glass and the care team")
class RecordApi {

    private final RecordView records;
    private final AccessLogView accessLog;
    private final BreakGlass breakGlass;
    private final PersonRegister register;
    private final CareTeams careTeams;
    private final RecordAccess access;

    RecordApi(RecordView records, AccessLogView accessLog, BreakGlass breakGlass, PersonRegister register,
            CareTeams careTeams, RecordAccess access) {
        this.records = records;
        this.accessLog = accessLog;
        this.breakGlass = breakGlass;
        this.register = register;
        this.careTeams = careTeams;
        this.access = access;
    }

    @GetMapping("/record")
    @Operation(summary = "The whole record: person, About Me, plan, care team, representatives, digital inclusion")
    RecordJson record(Actor actor, @PathVariable UUID id) {
        return RecordJson.of(records.summary(actor, new PersonId(id)));
    }

    @GetMapping("/access-log")
    @Operation(summary = "Who looked at or changed this record, newest first (the last 200 entries)")
    List<AccessLogEntry> accessLog(Actor actor, @PathVariable UUID id) {
        return accessLog.of(actor, new PersonId(id)).stream().map(AccessLogEntry::of).toList();
    }

    @PostMapping("/break-glass")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Emergency access without a care relationship",
            description = "Give the reason. Access lasts an hour; every use is flagged and shown to the person.")
    BreakGlassGrant breakGlass(Actor actor, @PathVariable UUID id, @RequestBody BreakGlassRequest request) {
        PersonId person = new PersonId(id);
        if (!register.exists(person)) {
            throw PersonRegister.notFound();
        }
        return new BreakGlassGrant(breakGlass.open(actor, person, request == null ? null : request.reason()));
    }

    @GetMapping("/care-team")
    @Operation(summary = "The practitioners in the person's care team")
    List<TeamMemberJson> careTeam(Actor actor, @PathVariable UUID id) {
        PersonId person = access.read(actor, new PersonId(id), "care team").person();
        return careTeams.members(person).stream().map(TeamMemberJson::of).toList();
    }

    @PostMapping("/care-team")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a practitioner to the care team (by a member of the team)")
    TeamMemberJson join(Actor actor, @PathVariable UUID id, @RequestBody NewMember member) {
        if (member == null || member.practitionerId() == null) {
            throw InvalidInputException.of("practitionerId", "is required");
        }
        PersonId person = access.change(actor, new PersonId(id), "care team", AuditAction.UPDATE, Writers.CARE_TEAM)
                .person();
        return TeamMemberJson.of(careTeams.join(person, new PractitionerId(member.practitionerId()),
                member.teamRole(), false, actor.signature()));
    }

    @PostMapping("/care-team/{membershipId}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End a practitioner's membership of the care team, with a reason")
    void leave(Actor actor, @PathVariable UUID id, @PathVariable UUID membershipId,
            @RequestBody BreakGlassRequest reason) {
        PersonId person = access.change(actor, new PersonId(id), "care team", AuditAction.UPDATE, Writers.CARE_TEAM)
                .person();
        careTeams.leave(person, membershipId, reason == null ? null : reason.reason(), actor.signature());
    }

    record RecordJson(PersonView person, AboutMeView aboutMe, PlanView plan, List<TeamMemberJson> careTeam,
            List<Representative> representatives, DigitalInclusionView digitalInclusion, String accessBasis) {

        static RecordJson of(RecordSummary r) {
            return new RecordJson(PersonView.of(r.person()), r.aboutMe().map(AboutMeView::of).orElse(null),
                    r.plan().map(PlanView::of).orElse(null), r.careTeam().stream().map(TeamMemberJson::of).toList(),
                    r.representatives(), r.digitalInclusion().map(DigitalInclusionView::of).orElse(null),
                    r.basis().name());
        }
    }

    record TeamMemberJson(UUID membershipId, UUID practitionerId, String name, String profession,
            String organisation, String teamRole, boolean lead, Instant since) {

        static TeamMemberJson of(CareTeamMember m) {
            return new TeamMemberJson(m.id(), m.practitioner().id().value(), m.practitioner().name(),
                    m.practitioner().profession().label(), m.practitioner().organisation(), m.teamRole(), m.lead(),
                    m.since());
        }
    }

    record AccessLogEntry(Instant at, String who, String role, String action, String what, boolean allowed,
            String basis, boolean breakGlass, String reason) {

        static AccessLogEntry of(AuditEntry e) {
            return new AccessLogEntry(e.occurredAt(), e.actor().name(), e.actor().role(), e.action().name(),
                    e.resource(), e.allowed(), e.basis().name(),
                    e.basis() == care.whatmatters.audit.AccessBasis.BREAK_GLASS, e.reason());
        }
    }

    record BreakGlassRequest(String reason) {
    }

    record BreakGlassGrant(Instant until) {
    }

    record NewMember(UUID practitionerId, String teamRole) {
    }
}
