package care.whatmatters.person.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * About Me, in the PRSB About Me standard's elements: written with or by the person, in their words, and
 * shown first wherever their record is shown. Every element is optional free text kept exactly as written;
 * the date element is the date a version was saved.
 */
public record AboutMe(
        String whatMattersToMe,
        String peopleImportantToMe,
        String howICommunicate,
        String myWellness,
        String pleaseDoAndDont,
        String howAndWhenToSupportMe,
        String alsoWorthKnowing,
        String supportedToWriteBy) {

    public static final AboutMe EMPTY = new AboutMe(null, null, null, null, null, null, null, null);

    public static void check(InputCheck check, AboutMe a) {
        a.elements().forEach((field, text) -> check.text(field, text, FreeText.LONG));
    }

    /** The elements in the standard's order, keyed by field name. */
    public Map<String, String> elements() {
        Map<String, String> elements = new LinkedHashMap<>();
        elements.put("whatMattersToMe", whatMattersToMe);
        elements.put("peopleImportantToMe", peopleImportantToMe);
        elements.put("howICommunicate", howICommunicate);
        elements.put("myWellness", myWellness);
        elements.put("pleaseDoAndDont", pleaseDoAndDont);
        elements.put("howAndWhenToSupportMe", howAndWhenToSupportMe);
        elements.put("alsoWorthKnowing", alsoWorthKnowing);
        elements.put("supportedToWriteBy", supportedToWriteBy);
        return elements;
    }

    public boolean isEmpty() {
        return Stream.of(whatMattersToMe, peopleImportantToMe, howICommunicate, myWellness, pleaseDoAndDont,
                howAndWhenToSupportMe, alsoWorthKnowing, supportedToWriteBy)
                .allMatch(s -> s == null || s.isBlank());
    }
}
