package care.whatmatters.person.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"LS1 4AP", "ls1 4ap", "LS14AP", "ls14ap", "  ls1   4ap ", "Ls1\t4aP", "l s 1 4 a p"})
    void writesAnyCaseAndSpacingTheStandardWay(String written) {
        assertThat(Postcode.parse(written).value()).isEqualTo("LS1 4AP");
    }

    @ParameterizedTest
    @CsvSource({
        "m11ae, M1 1AE, M1",
        "b338th, B33 8TH, B33",
        "cr26xh, CR2 6XH, CR2",
        "dn551pt, DN55 1PT, DN55",
        "w1a1hq, W1A 1HQ, W1A",
        "ec1a1bb, EC1A 1BB, EC1A",
        "ls1 4ap, LS1 4AP, LS1"})
    void acceptsEveryUkPostcodeShapeAndKnowsItsOutwardCode(String written, String standard, String outward) {
        Postcode postcode = Postcode.parse(written);

        assertThat(postcode.value()).isEqualTo(standard);
        assertThat(postcode.outward()).isEqualTo(outward);
        assertThat(postcode).hasToString(standard);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "LS1", "LS1 4", "LS12 34APX", "1LS 4AP", "LS1 AAP", "LS1 44P", "LS! 4AP",
        "ABC1 4AP", "LSA 4AP", "LS1-4AP", "L\u00C91 4AP", "SW1A 1AA 1"})
    void refusesAnythingThatIsNotAUkPostcodeNamingThePostcodeField(String written) {
        assertRefused(() -> Postcode.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ls1 4ap", "LS14AP", "LS1  4AP", " LS1 4AP"})
    void theConstructorAcceptsOnlyTheStandardForm(String value) {
        assertRefused(() -> new Postcode(value));
    }

    @Test
    void postcodesWrittenDifferentlyAreEqualOnceParsed() {
        assertThat(Postcode.parse("ls14ap")).isEqualTo(new Postcode("LS1 4AP"));
    }

    @Test
    void doesNotDependOnTheDefaultLocale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Postcode.parse("hi1 1ii").value()).isEqualTo("HI1 1II");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Property
    void anyWellFormedPostcodeParsesToItselfFromLowerCaseWithoutTheSpace(@ForAll("standardPostcodes") String standard) {
        String compact = standard.replace(" ", "").toLowerCase(Locale.ROOT);

        Postcode parsed = Postcode.parse(compact);
        assertThat(parsed.value()).isEqualTo(standard);
        assertThat(parsed.outward()).isEqualTo(standard.substring(0, standard.indexOf(' ')));
        assertThat(Postcode.parse(parsed.value())).isEqualTo(parsed);
    }

    @Provide
    Arbitrary<String> standardPostcodes() {
        Arbitrary<String> area = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(2);
        Arbitrary<Character> digit = Arbitraries.chars().range('0', '9');
        Arbitrary<String> districtTail = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.chars().range('A', 'Z').map(String::valueOf),
                Arbitraries.chars().range('0', '9').map(String::valueOf));
        Arbitrary<String> unit = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
        return Combinators.combine(area, digit, districtTail, digit, unit)
                .as((a, d, tail, sector, u) -> a + d + tail + " " + sector + u);
    }

    private static void assertRefused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .containsExactly(new FieldProblem("postcode", "must be a UK postcode, such as LS1 4AP")));
    }
}
