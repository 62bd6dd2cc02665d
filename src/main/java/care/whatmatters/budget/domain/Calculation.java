package care.whatmatters.budget.domain;

import care.whatmatters.shared.Money;
import care.whatmatters.shared.Stamp;
import java.util.List;

/**
 * An indicative budget as it was worked out: which rule, from which inputs, step by step, by whom and when.
 * It is kept as calculated, so changing the configured rules later never changes what the person was told.
 */
public record Calculation(String ruleKey, String ruleName, EligibilityBasis basis, List<InputValue> inputs,
        List<CalculationStep> steps, Money total, Stamp calculated) {

    public Calculation {
        inputs = List.copyOf(inputs);
        steps = List.copyOf(steps);
    }

    /** What was typed for an input, or an empty string. */
    public String inputValue(String key) {
        return inputs.stream().filter(i -> i.key().equals(key)).map(InputValue::value).findFirst().orElse("");
    }

    /** An input as it was entered, and how it is written back to the person. */
    public record InputValue(String key, String label, String value, String written) {
    }
}
