package care.whatmatters.person.web;

import care.whatmatters.access.Actor;
import care.whatmatters.person.DigitalInclusionAnswers;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.PersonalCircumstances;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Representatives, carers and digital inclusion. */
@Controller
class CircumstancesPages {

    private final PersonalCircumstances circumstances;
    private final PersonRegister register;

    CircumstancesPages(PersonalCircumstances circumstances, PersonRegister register) {
        this.circumstances = circumstances;
        this.register = register;
    }

    @GetMapping("/persons/{id}/circumstances")
    String page(Actor actor, @PathVariable UUID id, Model model) {
        PersonId person = new PersonId(id);
        model.addAttribute("digital", circumstances.digitalInclusion(actor, person)
                .map(d -> new DigitalInclusionAnswers(d.skills().name(), d.confidence().name(),
                        d.deviceAccess().name(), d.internetAccess().name(), d.supportWanted()))
                .orElse(new DigitalInclusionAnswers(null, null, null, null, null)));
        return render(actor, person, model);
    }

    @PostMapping("/persons/{id}/digital-inclusion")
    String recordDigitalInclusion(Actor actor, @PathVariable UUID id, @ModelAttribute DigitalInclusionAnswers answers,
            Model model) {
        try {
            circumstances.recordDigitalInclusion(actor, new PersonId(id), answers);
            return "redirect:/persons/" + id + "/circumstances?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.byField());
            model.addAttribute("digital", answers);
            return render(actor, new PersonId(id), model);
        }
    }

    @PostMapping("/persons/{id}/representatives")
    String addRepresentative(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String relationship, @RequestParam(required = false) String contact,
            @RequestParam(defaultValue = "false") boolean carer,
            @RequestParam(defaultValue = "false") boolean legalAuthority, Model model) {
        try {
            circumstances.addRepresentative(actor, new PersonId(id), name, relationship, contact, carer,
                    legalAuthority);
            return "redirect:/persons/" + id + "/circumstances?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.byField());
            model.addAttribute("newRepresentative", Map.of("name", name == null ? "" : name,
                    "relationship", relationship == null ? "" : relationship, "contact", contact == null ? "" : contact));
            return page(actor, id, model);
        }
    }

    @PostMapping("/persons/{id}/representatives/{representative}/void")
    String voidRepresentative(Actor actor, @PathVariable UUID id, @PathVariable UUID representative,
            @RequestParam(required = false) String reason, Model model) {
        try {
            circumstances.voidRepresentative(actor, new PersonId(id), representative, reason);
            return "redirect:/persons/" + id + "/circumstances?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", Map.of("form", "Say why this person no longer represents them."));
            return page(actor, id, model);
        }
    }

    private String render(Actor actor, PersonId person, Model model) {
        model.addAttribute("person", register.read(actor, person));
        model.addAttribute("representatives", circumstances.representatives(actor, person));
        model.addAttribute("labels", PersonForms.LABELS);
        return "person/circumstances";
    }
}
