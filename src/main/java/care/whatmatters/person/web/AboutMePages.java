package care.whatmatters.person.web;

import care.whatmatters.access.Actor;
import care.whatmatters.person.AboutMeRecord;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.domain.AboutMe;
import care.whatmatters.person.domain.AboutMeVersion;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.StaleVersionException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Writing About Me, by the person or with them, and reading its earlier versions. */
@Controller
class AboutMePages {

    private final AboutMeRecord aboutMe;
    private final PersonRegister register;

    AboutMePages(AboutMeRecord aboutMe, PersonRegister register) {
        this.aboutMe = aboutMe;
        this.register = register;
    }

    @GetMapping("/persons/{id}/about-me/edit")
    String edit(Actor actor, @PathVariable UUID id, Model model) {
        PersonId person = new PersonId(id);
        Optional<AboutMeVersion> current = aboutMe.read(actor, person);
        model.addAttribute("aboutMe", current.map(AboutMeVersion::aboutMe).orElse(AboutMe.EMPTY));
        model.addAttribute("basedOn", current.map(AboutMeVersion::version).orElse(0));
        return form(actor, person, model);
    }

    @PostMapping("/persons/{id}/about-me")
    String save(Actor actor, @PathVariable UUID id, @RequestParam long basedOn, @ModelAttribute AboutMe written,
            Model model) {
        PersonId person = new PersonId(id);
        try {
            aboutMe.save(actor, person, basedOn, written);
            return actor.isPractitioner() ? "redirect:/persons/" + id : "redirect:/me/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.byField());
            model.addAttribute("basedOn", basedOn);
        } catch (StaleVersionException e) {
            // Keep what they wrote in the boxes, show what the other person saved, and let them save on top.
            model.addAttribute("problems", Map.of("form", e.getMessage()));
            model.addAttribute("theirs", aboutMe.read(actor, person).orElse(null));
            model.addAttribute("basedOn", e.currentVersion());
        }
        model.addAttribute("aboutMe", written);
        return form(actor, person, model);
    }

    @GetMapping("/persons/{id}/about-me/history")
    String history(Actor actor, @PathVariable UUID id, Model model) {
        PersonId person = new PersonId(id);
        model.addAttribute("versions", aboutMe.history(actor, person));
        model.addAttribute("person", register.read(actor, person));
        return "person/about-me-history";
    }

    private String form(Actor actor, PersonId person, Model model) {
        model.addAttribute("person", register.read(actor, person));
        model.addAttribute("labels", PersonForms.LABELS);
        model.addAttribute("byPerson", !actor.isPractitioner());
        return "person/about-me";
    }
}
