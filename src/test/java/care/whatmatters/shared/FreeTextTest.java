package care.whatmatters.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

    @Test
    void keepsTextExactlyAsWrittenWithoutTrimming() {
        String written = "  Getting to lectures on my own\n\twithout my mum  ";
        assertThat(FreeText.required("text", written, FreeText.SHORT)).isEqualTo(written);
        assertThat(FreeText.optional("text", written, FreeText.SHORT)).isEqualTo(written);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\n\t "})
    void requiredRefusesMissingOrBlankText(String value) {
        assertThatThrownBy(() -> FreeText.required("goal", value, FreeText.SHORT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("goal", "is required")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\r\n"})
    void optionalAnswersNullForMissingOrBlankText(String value) {
        assertThat(FreeText.optional("contingency", value, FreeText.LONG)).isNull();
    }

    @Test
    void acceptsTextOfExactlyTheMaximumLength() {
        String longest = "a".repeat(FreeText.SHORT);
        assertThat(FreeText.required("text", longest, FreeText.SHORT)).isEqualTo(longest);
    }

    @Test
    void refusesTextOneCharacterTooLongSayingTheLimitAndTheLength() {
        assertThatThrownBy(() -> FreeText.required("text", "a".repeat(501), FreeText.SHORT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("text", "must be at most 500 characters (it has 501)")));
    }

    @Test
    void theLimitsAreLongShortAndLine() {
        assertThat(FreeText.LONG).isEqualTo(4000);
        assertThat(FreeText.SHORT).isEqualTo(500);
        assertThat(FreeText.LINE).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "bell\u0007", "escape\u001B[31m", "delete\u007F", "\u001F"})
    void refusesControlCharactersThatNoKeyboardProduces(String value) {
        assertThatThrownBy(() -> FreeText.optional("text", value, FreeText.SHORT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("text", "contains control characters that cannot be stored")));
    }

    @Test
    void acceptsNewlinesCarriageReturnsTabsAndNonLatinText() {
        String written = "Line one\r\nLine two\tindented\n\u0645\u0627 \u064A\u0647\u0645\u0646\u064A \u2014 caf\u00E9 \uD83D\uDE0A";
        assertThat(FreeText.required("text", written, FreeText.SHORT)).isEqualTo(written);
    }

    @Property
    void everyC0ControlOtherThanNewlineReturnAndTabIsRefused(@ForAll @CharRange(from = 0, to = 0x1F) char control,
            @ForAll @IntRange(min = 0, max = 20) int at) {
        String text = "x".repeat(at) + control + "y";
        List<FieldProblem> problems = new ArrayList<>();
        FreeText.check(problems, "text", text, FreeText.SHORT);

        boolean allowed = control == '\n' || control == '\r' || control == '\t';
        assertThat(problems).hasSize(allowed ? 0 : 1);
    }

    @Property
    void anyPrintableAsciiTextWithinTheLimitIsKeptAsWritten(
            @ForAll @CharRange(from = 0x20, to = 0x7E) char c, @ForAll @IntRange(min = 1, max = 500) int length) {
        String text = String.valueOf(c).repeat(length);
        if (text.isBlank()) {
            assertThat(FreeText.optional("text", text, FreeText.SHORT)).isNull();
        } else {
            assertThat(FreeText.required("text", text, FreeText.SHORT)).isSameAs(text);
        }
    }

    @Test
    void checkAddsNothingForMissingTextAndReportsEachFieldItChecks() {
        List<FieldProblem> problems = new ArrayList<>();
        FreeText.check(problems, "a", null, FreeText.LINE);
        FreeText.check(problems, "b", "fine", FreeText.LINE);
        FreeText.check(problems, "c", "x".repeat(201), FreeText.LINE);
        FreeText.check(problems, "d", "tab\u0000", FreeText.LINE);

        assertThat(problems).extracting(FieldProblem::field).containsExactly("c", "d");
    }
}
