package care.whatmatters.person.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AboutMeTest {

    private static final String[] FIELDS = {"whatMattersToMe", "peopleImportantToMe", "howICommunicate",
        "myWellness", "pleaseDoAndDont", "howAndWhenToSupportMe", "alsoWorthKnowing", "supportedToWriteBy"};

    @Test
    void theEmptyAboutMeIsEmpty() {
        assertThat(AboutMe.EMPTY.isEmpty()).isTrue();
    }

    @Test
    void anAboutMeOfOnlyBlankTextIsEmpty() {
        assertThat(withEvery(" \n\t").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void anyOneElementWithWordsMakesItNotEmpty(int element) {
        assertThat(withOnly(element, "I like to be called Dot").isEmpty()).isFalse();
    }

    @Test
    void listsItsElementsInTheStandardsOrder() {
        AboutMe aboutMe = new AboutMe("a", "b", "c", "d", "e", "f", "g", "h");

        assertThat(aboutMe.elements()).containsExactly(
                java.util.Map.entry("whatMattersToMe", "a"), java.util.Map.entry("peopleImportantToMe", "b"),
                java.util.Map.entry("howICommunicate", "c"), java.util.Map.entry("myWellness", "d"),
                java.util.Map.entry("pleaseDoAndDont", "e"), java.util.Map.entry("howAndWhenToSupportMe", "f"),
                java.util.Map.entry("alsoWorthKnowing", "g"), java.util.Map.entry("supportedToWriteBy", "h"));
    }

    @Test
    void acceptsEveryElementAtTheLongTextLimit() {
        InputCheck check = new InputCheck();
        AboutMe.check(check, withEvery("x".repeat(FreeText.LONG)));

        assertThatCode(check::orThrow).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void refusesAnElementOverTheLongTextLimitNamingIt(int element) {
        InputCheck check = new InputCheck();
        AboutMe.check(check, withOnly(element, "x".repeat(FreeText.LONG + 1)));

        assertThatThrownBy(check::orThrow).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.problems()).containsExactly(new FieldProblem(FIELDS[element], "must be at most 4000 characters (it has 4001)")));
    }

    @Test
    void reportsEveryElementThatIsTooLongAtOnce() {
        InputCheck check = new InputCheck();
        AboutMe.check(check, withEvery("x".repeat(FreeText.LONG + 1)));

        assertThatThrownBy(check::orThrow).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(FIELDS));
    }

    @Test
    void refusesControlCharactersButKeepsLineBreaks() {
        InputCheck fine = new InputCheck();
        AboutMe.check(fine, withOnly(0, "My dog Biscuit\r\nMy sister Amira"));
        assertThatCode(fine::orThrow).doesNotThrowAnyException();

        InputCheck bad = new InputCheck();
        AboutMe.check(bad, withOnly(3, "fine\u0000"));
        assertThatThrownBy(bad::orThrow).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("myWellness"));
    }

    @Test
    void missingElementsNeedNoChecking() {
        InputCheck check = new InputCheck();
        AboutMe.check(check, AboutMe.EMPTY);

        assertThatCode(check::orThrow).doesNotThrowAnyException();
    }

    private static AboutMe withEvery(String text) {
        String[] values = new String[8];
        Arrays.fill(values, text);
        return of(values);
    }

    private static AboutMe withOnly(int element, String text) {
        String[] values = new String[8];
        values[element] = text;
        return of(values);
    }

    private static AboutMe of(String[] v) {
        return new AboutMe(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }
}
