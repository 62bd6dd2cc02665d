package care.whatmatters.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputCheckTest {

    enum Colour { RED, DARK_GREEN }

    @Test
    void passesWhenNothingIsWrong() {
        InputCheck check = new InputCheck()
                .required("name", "Dylan")
                .requiredText("goal", "Walk to the shop", FreeText.SHORT)
                .text("note", null, FreeText.SHORT)
                .that(true, "age", "must be positive");

        assertThatCode(check::orThrow).doesNotThrowAnyException();
    }

    @Test
    void reportsEveryProblemAtOnceInTheOrderFound() {
        InputCheck check = new InputCheck()
                .required("name", null)
                .requiredText("goal", "x".repeat(501), FreeText.SHORT)
                .that(false, "age", "must be positive");

        assertThatThrownBy(check::orThrow)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).containsExactly(
                            new FieldProblem("name", "is required"),
                            new FieldProblem("goal", "must be at most 500 characters (it has 501)"),
                            new FieldProblem("age", "must be positive"));
                    assertThat(e).hasMessage("3 fields need attention");
                });
    }

    @Test
    void namesTheFieldInTheMessageWhenThereIsOnlyOneProblem() {
        assertThatThrownBy(new InputCheck().required("familyName", " ")::orThrow)
                .hasMessage("familyName is required");
    }

    @Test
    void requiredTextReportsOnlyThatBlankTextIsRequired() {
        InputCheck check = new InputCheck().requiredText("goal", "   ", FreeText.SHORT);

        assertThatThrownBy(check::orThrow).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(new FieldProblem("goal", "is required")));
    }

    @Test
    void doesNotAlsoSayAFieldIsRequiredWhenItsValueCouldNotBeRead() {
        InputCheck check = new InputCheck();
        LocalDate date = check.date("dateOfBirth", "21/09/2026");
        check.required("dateOfBirth", date);

        assertThat(date).isNull();
        assertThatThrownBy(check::orThrow).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("dateOfBirth", "must be a date written as YYYY-MM-DD")));
    }

    @Test
    void readsAChoiceByNameIgnoringCaseAndSurroundingSpace() {
        InputCheck check = new InputCheck();

        assertThat(check.choice("colour", Colour.class, "red")).isEqualTo(Colour.RED);
        assertThat(check.choice("colour", Colour.class, "  Dark_Green ")).isEqualTo(Colour.DARK_GREEN);
        assertThatCode(check::orThrow).doesNotThrowAnyException();
    }

    @Test
    void aMissingChoiceIsNullWithoutAProblem() {
        InputCheck check = new InputCheck();

        assertThat(check.choice("colour", Colour.class, null)).isNull();
        assertThat(check.choice("colour", Colour.class, " ")).isNull();
        assertThat(check.hasProblemWith("colour")).isFalse();
    }

    @Test
    void anUnknownChoiceListsTheAllowedValues() {
        InputCheck check = new InputCheck();

        assertThat(check.choice("colour", Colour.class, "blue")).isNull();
        assertThatThrownBy(check::orThrow).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("colour", "must be one of [RED, DARK_GREEN]")));
    }

    @Test
    void readsAnIsoDateIgnoringSurroundingSpace() {
        InputCheck check = new InputCheck();

        assertThat(check.date("reviewDate", " 2026-09-21 ")).isEqualTo(LocalDate.of(2026, 9, 21));
        assertThat(check.date("reviewDate", "")).isNull();
        assertThat(check.date("reviewDate", null)).isNull();
        assertThat(check.hasProblemWith("reviewDate")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "21/09/2026", "2026-9-21", "tomorrow", "20260921"})
    void refusesDatesThatAreNotRealIsoDates(String written) {
        InputCheck check = new InputCheck();

        assertThat(check.date("reviewDate", written)).isNull();
        assertThat(check.hasProblemWith("reviewDate")).isTrue();
    }

    @Test
    void collectsTheProblemsOfAValueTypesParserInsteadOfStopping() {
        InputCheck check = new InputCheck();

        NhsNumber bad = check.value(() -> NhsNumber.parse("123"));
        NhsNumber good = check.value(() -> NhsNumber.parse("943 476 5919"));
        check.required("givenName", null);

        assertThat(bad).isNull();
        assertThat(good).isEqualTo(new NhsNumber("9434765919"));
        assertThatThrownBy(check::orThrow).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("nhsNumber", "givenName"));
    }

    @Test
    void letsOtherExceptionsFromAParserThrough() {
        InputCheck check = new InputCheck();

        assertThatThrownBy(() -> check.value(() -> {
            throw new IllegalStateException("a programming error, not bad input");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void knowsWhichFieldsHaveProblems() {
        InputCheck check = new InputCheck().that(false, "postcode", "is wrong");

        assertThat(check.hasProblemWith("postcode")).isTrue();
        assertThat(check.hasProblemWith("nhsNumber")).isFalse();
    }

    @Test
    void theExceptionKeepsItsOwnCopyOfTheProblems() {
        java.util.List<FieldProblem> problems = new java.util.ArrayList<>();
        problems.add(new FieldProblem("a", "is required"));
        InvalidInputException e = new InvalidInputException(problems);
        problems.add(new FieldProblem("b", "is required"));

        assertThat(e.problems()).containsExactly(new FieldProblem("a", "is required"));
        assertThatThrownBy(() -> e.problems().add(new FieldProblem("c", "x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
