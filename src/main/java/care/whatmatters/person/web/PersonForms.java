package care.whatmatters.person.web;

import care.whatmatters.person.domain.Disability;
import care.whatmatters.person.domain.EthnicGroup;
import care.whatmatters.person.domain.Sex;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/** What the person forms need: the choices offered and the label of each field for error messages. */
final class PersonForms {

    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("nhsNumber", "NHS number"), Map.entry("givenName", "Given name"),
            Map.entry("familyName", "Family name"), Map.entry("dateOfBirth", "Date of birth"),
            Map.entry("sex", "Sex"), Map.entry("gender", "Gender"), Map.entry("ethnicity", "Ethnic group"),
            Map.entry("postcode", "Postcode"), Map.entry("deprivationDecile", "Deprivation decile"),
            Map.entry("preferredLanguage", "Preferred language"),
            Map.entry("communicationNeeds", "Communication needs"), Map.entry("disability", "Disability"),
            Map.entry("whatMattersToMe", "What matters to me"),
            Map.entry("peopleImportantToMe", "People who are important to me"),
            Map.entry("howICommunicate", "How I communicate"), Map.entry("myWellness", "My wellness"),
            Map.entry("pleaseDoAndDont", "Please do and please don't"),
            Map.entry("howAndWhenToSupportMe", "How and when to support me"),
            Map.entry("alsoWorthKnowing", "Also worth knowing about me"),
            Map.entry("supportedToWriteBy", "Supported to write this by"),
            Map.entry("skills", "Digital skills"), Map.entry("confidence", "Confidence"),
            Map.entry("deviceAccess", "Device"), Map.entry("internetAccess", "Internet"),
            Map.entry("supportWanted", "Support wanted"), Map.entry("name", "Name"),
            Map.entry("relationship", "Relationship"), Map.entry("contact", "Contact"),
            Map.entry("reason", "Reason"));

    private PersonForms() {
    }

    static void addChoices(Model model) {
        model.addAttribute("labels", LABELS);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("disabilities", Disability.values());
        Map<String, List<EthnicGroup>> groups = new LinkedHashMap<>();
        Arrays.stream(EthnicGroup.values()).forEach(g -> groups.computeIfAbsent(g.heading(), h -> new java.util.ArrayList<>()).add(g));
        model.addAttribute("ethnicGroups", groups);
    }
}
