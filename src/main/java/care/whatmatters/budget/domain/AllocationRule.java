package care.whatmatters.budget.domain;

import care.whatmatters.budget.domain.AllocationInput.Kind;
import care.whatmatters.budget.domain.AllocationStep.Operation;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.Stamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configurable resource-allocation rule: the inputs it takes from the assessment and the steps that turn
 * them into an indicative budget. A rule is checked when it is loaded, so a mistyped configuration stops
 * the platform starting rather than producing wrong budgets.
 *
 * @param source where the rule and its rates come from, shown beside the calculation
 */
public record AllocationRule(String key, EligibilityBasis basis, String name, String source,
        List<AllocationInput> inputs, List<AllocationStep> steps) {

    public AllocationRule {
        inputs = List.copyOf(inputs);
        steps = List.copyOf(steps);
        if (key == null || key.isBlank() || basis == null || name == null || steps.isEmpty()) {
            throw new IllegalArgumentException("an allocation rule needs a key, a basis, a name and steps");
        }
        for (AllocationStep step : steps) {
            checkStep(step, inputs);
        }
    }

    /** Works out the indicative budget from the inputs as typed (keyed by input key). */
    public Calculation calculate(Map<String, String> typed, Stamp stamp) {
        InputCheck check = new InputCheck();
        Map<String, Object> values = new LinkedHashMap<>();
        List<Calculation.InputValue> shown = new ArrayList<>();
        for (AllocationInput input : inputs) {
            String raw = typed == null ? null : typed.get(input.key());
            String field = "inputs." + input.key();
            Object value = check.value(() -> input.kind() == Kind.MONEY ? Money.parse(field, raw)
                    : Quantity.parse(field, raw));
            if (value != null) {
                values.put(input.key(), value);
                shown.add(new Calculation.InputValue(input.key(), input.label(), raw.strip(), written(input, value)));
            }
        }
        check.orThrow();
        Money total = Money.ZERO;
        List<CalculationStep> worked = new ArrayList<>();
        for (AllocationStep step : steps) {
            CalculationStep line = apply(step, total, values);
            worked.add(line);
            total = line.total();
        }
        return new Calculation(key, name, basis, shown, worked, total, stamp);
    }

    private CalculationStep apply(AllocationStep step, Money total, Map<String, Object> values) {
        return switch (step.operation()) {
            case ADD_INPUT -> {
                Money entered = (Money) values.get(step.input());
                yield added(step, total, entered, input(step.input()).label() + ": " + entered.formatted());
            }
            case ADD_AMOUNT -> added(step, total, step.amount(), "a fixed " + step.amount().formatted());
            case ADD_RATE -> {
                Quantity q = (Quantity) values.get(step.input());
                Money cost = q.times(step.amount());
                yield added(step, total, cost, q.written() + " " + unit(step.input()) + " × "
                        + step.amount().formatted() + " = " + cost.formatted());
            }
            case MULTIPLY_BY_INPUT -> {
                Quantity q = (Quantity) values.get(step.input());
                Money result = q.times(total);
                yield new CalculationStep(step.label(), total.formatted() + " × " + q.written() + " "
                        + unit(step.input()) + " = " + result.formatted(), result.minus(total), result);
            }
            case ADD_PERCENT -> {
                Money share = total.scaled(step.basisPoints(), 10_000);
                yield added(step, total, share, AllocationStep.percentWritten(step.basisPoints()) + " of "
                        + total.formatted() + " = " + share.formatted() + " (to the nearest penny)");
            }
            case CAP -> {
                Money capped = total.min(step.amount());
                String working = capped.equals(total) ? "within the limit of " + step.amount().formatted()
                        : "limited to " + step.amount().formatted();
                yield new CalculationStep(step.label(), working, capped.minus(total), capped);
            }
        };
    }

    private static CalculationStep added(AllocationStep step, Money total, Money change, String working) {
        return new CalculationStep(step.label(), working, change, total.plus(change));
    }

    private static String written(AllocationInput input, Object value) {
        return value instanceof Money m ? m.formatted() : ((Quantity) value).written() + " " + input.unit();
    }

    private String unit(String inputKey) {
        return input(inputKey).unit();
    }

    private AllocationInput input(String inputKey) {
        return find(inputKey, inputs).orElseThrow();
    }

    private static Optional<AllocationInput> find(String inputKey, List<AllocationInput> inputs) {
        return inputs.stream().filter(i -> i.key().equals(inputKey)).findFirst();
    }

    private static void checkStep(AllocationStep step, List<AllocationInput> inputs) {
        Operation op = step.operation();
        if (op == null || step.label() == null || step.label().isBlank()) {
            throw new IllegalArgumentException("every step needs an operation and a label");
        }
        Kind needed = switch (op) {
            case ADD_INPUT -> Kind.MONEY;
            case ADD_RATE, MULTIPLY_BY_INPUT -> Kind.QUANTITY;
            default -> null;
        };
        if (needed != null && find(step.input(), inputs).map(i -> i.kind() != needed).orElse(true)) {
            throw new IllegalArgumentException("step '" + step.label() + "' needs a " + needed + " input, not '"
                    + step.input() + "'");
        }
        boolean needsAmount = op == Operation.ADD_AMOUNT || op == Operation.ADD_RATE || op == Operation.CAP;
        if (needsAmount && (step.amount() == null || step.amount().isNegative())) {
            throw new IllegalArgumentException("step '" + step.label() + "' needs an amount");
        }
        if (op == Operation.ADD_PERCENT && step.basisPoints() <= 0) {
            throw new IllegalArgumentException("step '" + step.label() + "' needs a percentage");
        }
    }
}
