package care.whatmatters.record.web;

import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.team.CareTeams;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who is in the person's care team: members add colleagues and end memberships, with a reason. */
@Controller
@RequestMapping("/persons/{id}/care-team")
class CareTeamPages {

    private final CareTeams careTeams;
    private final RecordAccess access;
    private final PersonRegister register;

    CareTeamPages(CareTeams careTeams, RecordAccess access, PersonRegister register) {
        this.careTeams = careTeams;
        this.access = access;
        this.register = register;
    }

    @GetMapping
    String page(Actor actor, @PathVariable UUID id, Model model) {
        PersonId person = new PersonId(id);
        model.addAttribute("person", register.get(access.read(actor, person, "care team")));
        model.addAttribute("members", careTeams.members(person));
        model.addAttribute("practitioners", careTeams.allPractitioners());
        return "record/care-team";
    }

    @PostMapping
    String join(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID practitionerId,
            @RequestParam(required = false) String teamRole, Model model) {
        PersonId person = new PersonId(id);
        try {
            if (practitionerId == null) {
                throw InvalidInputException.of("practitionerId", "Choose who to add.");
            }
            access.change(actor, person, "care team", AuditAction.UPDATE, Writers.CARE_TEAM);
            careTeams.join(person, new PractitionerId(practitionerId), teamRole, false, actor.signature());
            return "redirect:/persons/" + id + "/care-team";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("problems", Map.of("form", e.getMessage()));
            return page(actor, id, model);
        }
    }

    @PostMapping("/{membership}/end")
    String leave(Actor actor, @PathVariable UUID id, @PathVariable UUID membership,
            @RequestParam(required = false) String reason, Model model) {
        PersonId person = new PersonId(id);
        try {
            access.change(actor, person, "care team", AuditAction.UPDATE, Writers.CARE_TEAM);
            careTeams.leave(person, membership, reason, actor.signature());
            return "redirect:/persons/" + id + "/care-team";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", Map.of("form", "Say why they are leaving the care team."));
            return page(actor, id, model);
        }
    }
}
