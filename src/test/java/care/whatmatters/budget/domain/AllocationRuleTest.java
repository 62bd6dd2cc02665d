package care.whatmatters.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.budget.domain.AllocationInput.Kind;
import care.whatmatters.budget.domain.AllocationStep.Operation;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.Stamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocationRuleTest {

    private static final Stamp STAMP = new Stamp("Sam Okafor, Occupational therapist", Instant.parse("2026-09-01T09:00:00Z"));

    @Test
    void worksOutAPersonalWheelchairBudgetStepByStepWithTheWorkingShown() {
        Calculation c = Rules.WHEELCHAIR.calculate(Map.of("assessedChairCost", "£2,950.00", "years", "5"), STAMP);

        assertThat(c.total()).isEqualTo(Money.ofPounds(3700));
        assertThat(c.steps()).extracting(CalculationStep::label, CalculationStep::working, CalculationStep::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Chair that meets the assessed need",
                                "Cost of the chair that meets the assessed need: £2,950.00", Money.ofPounds(2950)),
                        org.assertj.core.groups.Tuple.tuple("Maintenance and repairs", "5 years × £150.00 = £750.00",
                                Money.ofPounds(3700)));
        assertThat(c.inputs()).extracting(Calculation.InputValue::written).containsExactly("£2,950.00", "5 years");
        assertThat(c.ruleKey()).isEqualTo("pwb");
        assertThat(c.basis()).isEqualTo(EligibilityBasis.WHEELCHAIR);
        assertThat(c.calculated()).isEqualTo(STAMP);
    }

    @Test
    void multipliesAddsPercentagesToTheNearestPennyAndAddsFixedAmounts() {
        Calculation c = Rules.CHC.calculate(Map.of("hours", "17.5", "weeks", "52", "equipment", "250"), STAMP);

        assertThat(c.steps()).extracting(CalculationStep::working).containsExactly(
                "17.5 hours a week × £23.40 = £409.50",
                "£409.50 × 52 weeks = £21,294.00",
                "8% of £21,294.00 = £1,703.52 (to the nearest penny)",
                "Equipment: £250.00",
                "a fixed £500.00",
                "within the limit of £30,000.00");
        assertThat(c.steps()).extracting(CalculationStep::change).containsExactly(Money.ofPence(40950),
                Money.ofPence(2088450), Money.ofPence(170352), Money.ofPounds(250), Money.ofPounds(500), Money.ZERO);
        assertThat(c.total()).isEqualTo(Money.ofPence(2374752));
    }

    @Test
    void limitsTheTotalToTheConfiguredCapAndShowsTheReduction() {
        Calculation c = Rules.CHC.calculate(Map.of("hours", "30", "weeks", "52", "equipment", "0"), STAMP);

        CalculationStep cap = c.steps().get(c.steps().size() - 1);
        assertThat(cap.working()).isEqualTo("limited to £30,000.00");
        assertThat(cap.change().isNegative()).isTrue();
        assertThat(c.total()).isEqualTo(Money.ofPounds(30000));
    }

    @ParameterizedTest
    @CsvSource({"0.5,50,0.5%", "8,800,8%", "7.5,750,7.5%", "12.25,1225,12.25%", "100,10000,100%"})
    void readsAndWritesConfiguredPercentagesExactly(String written, long basisPoints, String shown) {
        assertThat(AllocationStep.percentToBasisPoints(written)).isEqualTo(basisPoints);
        assertThat(AllocationStep.percentWritten(AllocationStep.percentToBasisPoints(written))).isEqualTo(shown);
    }

    @Test
    void reportsEveryMissingOrMistypedInputAgainstItsOwnField() {
        assertThatThrownBy(() -> Rules.CHC.calculate(Map.of("hours", "lots", "weeks", "52.125"), STAMP))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("inputs.hours", "inputs.weeks", "inputs.equipment"));
    }

    @Test
    void refusesAMisconfiguredRuleWhenItIsLoaded() {
        List<AllocationInput> inputs = List.of(new AllocationInput("years", "Years", Kind.QUANTITY, "years", null));
        assertThatThrownBy(() -> new AllocationRule("bad", EligibilityBasis.LOCAL, "Bad", "", inputs, List.of(
                new AllocationStep(Operation.ADD_INPUT, "Money typed", "years", null, 0))))
                .hasMessageContaining("needs a MONEY input");
        assertThatThrownBy(() -> new AllocationRule("bad", EligibilityBasis.LOCAL, "Bad", "", inputs, List.of(
                new AllocationStep(Operation.ADD_RATE, "Rate", "years", null, 0)))).hasMessageContaining("needs an amount");
        assertThatThrownBy(() -> new AllocationRule("bad", EligibilityBasis.LOCAL, "Bad", "", inputs, List.of(
                new AllocationStep(Operation.ADD_PERCENT, "Uplift", null, null, 0))))
                .hasMessageContaining("needs a percentage");
        assertThatThrownBy(() -> new AllocationRule("bad", EligibilityBasis.LOCAL, "Bad", "", inputs, List.of()))
                .hasMessageContaining("needs a key, a basis, a name and steps");
        assertThatThrownBy(() -> AllocationStep.percentToBasisPoints("8.125")).isInstanceOf(IllegalArgumentException.class);
    }
}
