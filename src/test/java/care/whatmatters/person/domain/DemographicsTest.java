package care.whatmatters.person.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.person.PersonDetails;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NhsNumber;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Demographics as people type them in, through {@link PersonDetails#toDemographics(LocalDate)}. */
class DemographicsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** A complete, valid set of details; each test changes what it is about. */
    private static Details details() {
        return new Details();
    }

    @Test
    void turnsWellFormedDetailsIntoDemographics() {
        Demographics d = details().build().toDemographics(TODAY);

        assertThat(d.nhsNumber()).isEqualTo(new NhsNumber("9434765919"));
        assertThat(d.givenName()).isEqualTo("Dylan");
        assertThat(d.familyName()).isEqualTo("Price");
        assertThat(d.fullName()).isEqualTo("Dylan Price");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(2006, 9, 21));
        assertThat(d.sex()).isEqualTo(Sex.MALE);
        assertThat(d.ethnicity()).isEqualTo(EthnicGroup.WHITE_BRITISH);
        assertThat(d.postcode()).isEqualTo(new Postcode("LS6 2QT"));
        assertThat(d.deprivationDecile()).isEqualTo(3);
        assertThat(d.disability()).isEqualTo(Disability.LIMITED_A_LITTLE);
        assertThat(d.interpreterNeeded()).isTrue();
        assertThat(d.dataOptOut()).isFalse();
    }

    @Test
    void readsTheWrittenFormsOfNumbersCodesAndChoices() {
        Demographics d = details().nhsNumber("943-476-5919").postcode("ls62qt").sex(" female ")
                .ethnicity("asian_pakistani").disability("Not_Stated").build().toDemographics(TODAY);

        assertThat(d.nhsNumber().value()).isEqualTo("9434765919");
        assertThat(d.postcode().value()).isEqualTo("LS6 2QT");
        assertThat(d.sex()).isEqualTo(Sex.FEMALE);
        assertThat(d.ethnicity()).isEqualTo(EthnicGroup.ASIAN_PAKISTANI);
        assertThat(d.disability()).isEqualTo(Disability.NOT_STATED);
    }

    @Test
    void needsOnlyTheNhsNumberNamesAndDateOfBirth() {
        PersonDetails minimal = new PersonDetails("9434765919", "Dylan", "Price", "2006-09-21", null, null, null,
                null, null, null, null, null, null, null);

        Demographics d = minimal.toDemographics(TODAY);

        assertThat(d.sex()).isNull();
        assertThat(d.ethnicity()).isNull();
        assertThat(d.postcode()).isNull();
        assertThat(d.deprivationDecile()).isNull();
        assertThat(d.disability()).isNull();
        assertThat(d.interpreterNeeded()).isFalse();
        assertThat(d.dataOptOut()).isFalse();
    }

    @Test
    void reportsEveryProblemAtOnce() {
        PersonDetails wrong = new PersonDetails("943 476 5918", " ", null, "21/09/2006", "man", null, "scottish",
                "LS6", 11, null, null, null, "sometimes", null);

        assertThatThrownBy(() -> wrong.toDemographics(TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                            "nhsNumber", "givenName", "familyName", "dateOfBirth", "sex", "ethnicity", "postcode",
                            "deprivationDecile", "disability");
                    assertThat(e).hasMessage("9 fields need attention");
                });
    }

    @Test
    void reportsAMissingNhsNumberNamesAndDateOfBirthAsRequired() {
        PersonDetails empty = new PersonDetails(null, null, "", null, null, null, null, null, null, null, null, null,
                null, null);

        assertThat(problems(empty)).containsExactlyInAnyOrder(
                new FieldProblem("nhsNumber", "is required"),
                new FieldProblem("givenName", "is required"),
                new FieldProblem("familyName", "is required"),
                new FieldProblem("dateOfBirth", "is required"));
    }

    @Test
    void saysOnlyOnceWhatIsWrongWithADateOfBirthThatIsNotADate() {
        assertThat(problems(details().dateOfBirth("2006-02-30").build()))
                .containsExactly(new FieldProblem("dateOfBirth", "must be a date written as YYYY-MM-DD"));
    }

    @Test
    void refusesADateOfBirthInTheFuture() {
        assertThat(problems(details().dateOfBirth("2026-03-03").build()))
                .containsExactly(new FieldProblem("dateOfBirth", "cannot be in the future"));
    }

    @Test
    void acceptsSomeoneBornToday() {
        assertThat(details().dateOfBirth("2026-03-02").build().toDemographics(TODAY).ageOn(TODAY)).isZero();
    }

    @Test
    void refusesADateOfBirthBefore1890AsATypingSlip() {
        assertThat(problems(details().dateOfBirth("1889-12-31").build()))
                .extracting(FieldProblem::field).containsExactly("dateOfBirth");
        assertThat(details().dateOfBirth("1890-01-01").build().toDemographics(TODAY).dateOfBirth())
                .isEqualTo(LocalDate.of(1890, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11, -1, 100})
    void refusesADeprivationDecileOutsideOneToTen(int decile) {
        assertThat(problems(details().decile(decile).build())).containsExactly(new FieldProblem("deprivationDecile",
                "must be a whole number from 1 (most deprived) to 10 (least deprived)"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 10})
    void acceptsEveryDecileFromOneToTen(int decile) {
        assertThat(details().decile(decile).build().toDemographics(TODAY).deprivationDecile()).isEqualTo(decile);
    }

    @Test
    void refusesAnUnknownSexListingTheAllowedValues() {
        assertThat(problems(details().sex("M").build())).containsExactly(new FieldProblem("sex",
                "must be one of " + Arrays.toString(Sex.values())));
    }

    @Test
    void refusesAnUnknownEthnicGroupListingEveryAllowedValue() {
        List<FieldProblem> problems = problems(details().ethnicity("White").build());

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).field()).isEqualTo("ethnicity");
        for (EthnicGroup group : EthnicGroup.values()) {
            assertThat(problems.get(0).message()).contains(group.name());
        }
    }

    @Test
    void refusesAnUnknownDisabilityAnswerListingTheAllowedValues() {
        assertThat(problems(details().disability("Yes, limited a lot").build())).containsExactly(new FieldProblem(
                "disability", "must be one of [LIMITED_A_LOT, LIMITED_A_LITTLE, NOT_LIMITED, NOT_STATED]"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aBlankPostcodeMeansNoneWasGiven(String postcode) {
        assertThat(details().postcode(postcode).build().toDemographics(TODAY).postcode()).isNull();
    }

    @Test
    void refusesNamesLongerThanALine() {
        assertThat(problems(details().givenName("x".repeat(201)).build()))
                .containsExactly(new FieldProblem("givenName", "must be at most 200 characters (it has 201)"));
        assertThat(details().givenName("x".repeat(200)).build().toDemographics(TODAY).givenName()).hasSize(200);
    }

    @Test
    void keepsNamesExactlyAsWritten() {
        Demographics d = details().givenName("Siân ").build().toDemographics(TODAY);
        assertThat(d.givenName()).isEqualTo("Siân ");
    }

    @Test
    void countsAgeInWholeYearsOnAGivenDay() {
        Demographics d = details().dateOfBirth("2006-09-21").build().toDemographics(TODAY);

        assertThat(d.ageOn(LocalDate.of(2026, 9, 20))).isEqualTo(19);
        assertThat(d.ageOn(LocalDate.of(2026, 9, 21))).isEqualTo(20);
    }

    @Test
    void theHeadingsOfEthnicGroupsAreTheFiveCensusHeadingsPlusNotStated() {
        assertThat(Arrays.stream(EthnicGroup.values()).map(EthnicGroup::heading).distinct())
                .containsExactlyInAnyOrder("Asian", "Black", "Mixed", "White", "Other", "Not stated");
        assertThat(EthnicGroup.values()).hasSize(20);
    }

    @Test
    void onlyTheLimitedAnswersCountAsDisabled() {
        assertThat(Arrays.stream(Disability.values()).filter(Disability::disabled))
                .containsExactlyInAnyOrder(Disability.LIMITED_A_LOT, Disability.LIMITED_A_LITTLE);
    }

    private static List<FieldProblem> problems(PersonDetails details) {
        try {
            details.toDemographics(TODAY);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the details to be refused");
    }

    private static final class Details {
        private String nhsNumber = "943 476 5919";
        private String givenName = "Dylan";
        private String dateOfBirth = "2006-09-21";
        private String sex = "MALE";
        private String ethnicity = "WHITE_BRITISH";
        private String postcode = "LS6 2QT";
        private Integer decile = 3;
        private String disability = "LIMITED_A_LITTLE";

        Details nhsNumber(String value) {
            nhsNumber = value;
            return this;
        }

        Details givenName(String value) {
            givenName = value;
            return this;
        }

        Details dateOfBirth(String value) {
            dateOfBirth = value;
            return this;
        }

        Details sex(String value) {
            sex = value;
            return this;
        }

        Details ethnicity(String value) {
            ethnicity = value;
            return this;
        }

        Details postcode(String value) {
            postcode = value;
            return this;
        }

        Details decile(Integer value) {
            decile = value;
            return this;
        }

        Details disability(String value) {
            disability = value;
            return this;
        }

        PersonDetails build() {
            return new PersonDetails(nhsNumber, givenName, "Price", dateOfBirth, sex, null, ethnicity, postcode,
                    decile, "English", true, null, disability, false);
        }
    }
}
