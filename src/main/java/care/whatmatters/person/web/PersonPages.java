package care.whatmatters.person.web;

import care.whatmatters.access.Actor;
import care.whatmatters.person.PersonDetails;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.domain.Demographics;
import care.whatmatters.person.domain.Person;
import care.whatmatters.shared.ConflictException;
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

/** Registering a person and correcting their details. */
@Controller
class PersonPages {

    private final PersonRegister register;

    PersonPages(PersonRegister register) {
        this.register = register;
    }

    @GetMapping("/persons/new")
    String registerForm(Model model) {
        PersonForms.addChoices(model);
        model.addAttribute("details", new PersonDetails(null, null, null, null, null, null, null, null, null,
                "English", false, null, null, false));
        return "person/register";
    }

    @PostMapping("/persons")
    String register(Actor actor, @ModelAttribute PersonDetails details, Model model) {
        try {
            Person person = register.register(actor, details);
            return "redirect:/persons/" + person.id();
        } catch (InvalidInputException e) {
            return again("person/register", details, e.byField(), model);
        } catch (ConflictException e) {
            return again("person/register", details, Map.of("nhsNumber", e.getMessage()), model);
        }
    }

    @GetMapping("/persons/{id}/details")
    String detailsForm(Actor actor, @PathVariable UUID id, Model model) {
        Person person = register.read(actor, new PersonId(id));
        PersonForms.addChoices(model);
        model.addAttribute("person", person);
        model.addAttribute("details", asDetails(person.demographics()));
        return "person/details";
    }

    @PostMapping("/persons/{id}/details")
    String correct(Actor actor, @PathVariable UUID id, @ModelAttribute PersonDetails details, Model model) {
        try {
            register.updateDemographics(actor, new PersonId(id), details);
            return "redirect:/persons/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("person", register.read(actor, new PersonId(id)));
            return again("person/details", details, e.byField(), model);
        } catch (ConflictException e) {
            model.addAttribute("person", register.read(actor, new PersonId(id)));
            return again("person/details", details, Map.of("nhsNumber", e.getMessage()), model);
        }
    }

    private static String again(String view, PersonDetails details, Map<String, String> problems, Model model) {
        PersonForms.addChoices(model);
        model.addAttribute("details", details);
        model.addAttribute("problems", problems);
        return view;
    }

    private static PersonDetails asDetails(Demographics d) {
        return new PersonDetails(d.nhsNumber() == null ? null : d.nhsNumber().value(), d.givenName(), d.familyName(), d.dateOfBirth().toString(),
                name(d.sex()), d.gender(), name(d.ethnicity()), d.postcode() == null ? null : d.postcode().value(),
                d.deprivationDecile(), d.preferredLanguage(), d.interpreterNeeded(), d.communicationNeeds(),
                name(d.disability()), d.dataOptOut());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
