package care.whatmatters.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "9990000018"})
    void acceptsKnownValidNumbers(String digits) {
        assertThat(NhsNumber.isValid(digits)).isTrue();
        assertThat(new NhsNumber(digits).value()).isEqualTo(digits);
    }

    @Test
    void computesTheCheckDigitOfAKnownNumber() {
        assertThat(NhsNumber.checkDigit("943476591")).isEqualTo(9);
        assertThat(NhsNumber.checkDigit("999000001")).isEqualTo(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765910", "9434765911", "9434765918", "9990000017", "9990000019"})
    void refusesANumberWhoseCheckDigitIsWrong(String digits) {
        assertThat(NhsNumber.isValid(digits)).isFalse();
        assertRefused(() -> new NhsNumber(digits));
    }

    @Test
    void treatsACheckDigitOfTenAsMeaningNoValidNumberStartsWithThoseNineDigits() {
        // 6 x 2 = 12, 12 mod 11 = 1, 11 - 1 = 10
        assertThat(NhsNumber.checkDigit("000000006")).isNull();
        IntStream.rangeClosed(0, 9).forEach(last ->
                assertThat(NhsNumber.isValid("000000006" + last)).as("000000006%d", last).isFalse());
    }

    @Test
    void treatsACheckDigitOfElevenAsZero() {
        // 9x10 + 9x9 + 9x8 + 5x2 = 253 = 23 x 11, so 11 - 0 = 11, written as 0
        assertThat(NhsNumber.checkDigit("999000005")).isZero();
        assertThat(NhsNumber.isValid("9990000050")).isTrue();
        assertThat(NhsNumber.isValid("9990000051")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5919", "943-476-5919", " 9434765919 ", "943 - 476 - 5919", "9434 765919"})
    void parseAcceptsSpacesAndHyphensBetweenTheGroups(String written) {
        assertThat(NhsNumber.parse(written).value()).isEqualTo("9434765919");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void parseSaysTheNumberIsRequiredWhenNothingIsWritten(String written) {
        assertThatThrownBy(() -> NhsNumber.parse(written))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("nhsNumber", "is required")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"943476591", "94347659190", "943476591A", "943.476.5919", "+434765919", "943476591 9x",
        "٩٤٣٤٧٦٥٩١٩", "９４３４７６５９１９"})
    void refusesNonDigitsAndWrongLengthsNamingTheNhsNumberField(String written) {
        assertRefused(() -> NhsNumber.parse(written));
        assertThat(NhsNumber.isValid(written)).isFalse();
    }

    @Test
    void refusesANullValue() {
        assertThat(NhsNumber.isValid(null)).isFalse();
        assertRefused(() -> new NhsNumber(null));
    }

    @Test
    void constructorTakesOnlyTheDigitsNotTheWrittenForm() {
        assertRefused(() -> new NhsNumber("943 476 5919"));
    }

    @Test
    void formatsAsThreeThreeFourAndPrintsAsPlainDigits() {
        NhsNumber number = new NhsNumber("9434765919");
        assertThat(number.formatted()).isEqualTo("943 476 5919");
        assertThat(number).hasToString("9434765919");
    }

    @Test
    void numbersWithTheSameDigitsAreEqual() {
        assertThat(NhsNumber.parse("943 476 5919")).isEqualTo(new NhsNumber("9434765919"));
    }

    /** Every ten-digit number whose last digit is its check digit is valid, except one digit repeated ten times. */
    @Property
    void anyNineLeadingDigitsWithADefinedCheckDigitMakeAValidNumber(
            @ForAll @StringLength(9) @NumericChars String firstNine) {
        Integer check = NhsNumber.checkDigit(firstNine);
        long validCompletions = IntStream.rangeClosed(0, 9).filter(d -> NhsNumber.isValid(firstNine + d)).count();
        boolean placeholder = check != null && (firstNine + check).chars().distinct().count() == 1;
        if (check == null || placeholder) {
            assertThat(validCompletions).isZero();
        } else {
            assertThat(NhsNumber.isValid(firstNine + check)).isTrue();
            assertThat(validCompletions).isEqualTo(1);
        }
    }

    /** All-same-digit numbers satisfy Modulus 11 but are the placeholders people type into forms. */
    @Test
    void refusesOneDigitRepeatedTenTimesAlthoughItsCheckDigitIsRight() {
        for (char digit = '0'; digit <= '9'; digit++) {
            String repeated = String.valueOf(digit).repeat(10);
            assertThat(NhsNumber.checkDigit(repeated.substring(0, 9))).isEqualTo(digit - '0');
            assertThat(NhsNumber.isValid(repeated)).as(repeated).isFalse();
        }
    }

    @Property
    void changingAnySingleDigitOfAValidNumberMakesItInvalid(@ForAll("validNumbers") String valid,
            @ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] digits = valid.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
        String changed = new String(digits);

        assertThat(changed).isNotEqualTo(valid);
        assertThat(NhsNumber.isValid(changed)).as("%s changed to %s", valid, changed).isFalse();
    }

    /**
     * Modulus 11 does catch every adjacent transposition: swapping digits a and b at weights w and w - 1 (the
     * check digit counting as weight 1) moves the weighted sum by a - b, which is never a multiple of 11.
     */
    @Property
    void swappingTwoAdjacentDifferentDigitsOfAValidNumberMakesItInvalid(
            @ForAll("validNumbersWithAnAdjacentPairThatDiffers") NumberAndPosition sample) {
        String swapped = swap(sample.number(), sample.position(), sample.position() + 1);

        assertThat(swapped).isNotEqualTo(sample.number());
        assertThat(NhsNumber.isValid(swapped)).as("%s swapped to %s", sample.number(), swapped).isFalse();
    }

    /** The weights 10..1 differ by 1 to 9, so even swapping two digits far apart moves the sum off a multiple of 11. */
    @Property
    void swappingAnyTwoDifferentDigitsOfAValidNumberMakesItInvalid(@ForAll("validNumbers") String valid,
            @ForAll @IntRange(min = 0, max = 9) int first, @ForAll @IntRange(min = 0, max = 9) int second) {
        String swapped = swap(valid, first, second);
        if (valid.charAt(first) == valid.charAt(second)) {
            assertThat(swapped).isEqualTo(valid);
        } else {
            assertThat(NhsNumber.isValid(swapped)).as("%s swapped to %s", valid, swapped).isFalse();
        }
    }

    @Property
    void theFormattedFormParsesBackToTheSameNumber(@ForAll("validNumbers") String valid) {
        NhsNumber number = new NhsNumber(valid);
        assertThat(NhsNumber.parse(number.formatted())).isEqualTo(number);
        assertThat(NhsNumber.parse(number.formatted().replace(' ', '-'))).isEqualTo(number);
    }

    @Provide
    Arbitrary<String> validNumbers() {
        return Arbitraries.strings().numeric().ofLength(9)
                .filter(nine -> NhsNumber.checkDigit(nine) != null)
                .map(nine -> nine + NhsNumber.checkDigit(nine))
                .filter(NhsNumber::isValid);
    }

    @Provide
    Arbitrary<NumberAndPosition> validNumbersWithAnAdjacentPairThatDiffers() {
        return Combinators.combine(validNumbers(), Arbitraries.integers().between(0, 8))
                .as(NumberAndPosition::new)
                .filter(s -> s.number().charAt(s.position()) != s.number().charAt(s.position() + 1));
    }

    record NumberAndPosition(String number, int position) {
    }

    private static String swap(String digits, int i, int j) {
        char[] chars = digits.toCharArray();
        char held = chars[i];
        chars[i] = chars[j];
        chars[j] = held;
        return new String(chars);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).field()).isEqualTo("nhsNumber");
            assertThat(e.problems().get(0).message()).contains("10 digits").contains("check digit");
        });
    }
}
