package care.whatmatters.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every problem with an input before refusing it, so a person filling in a form learns about all
 * the fields to fix at once rather than one per attempt.
 */
public final class InputCheck {

    private final List<FieldProblem> problems = new ArrayList<>();

    public InputCheck required(String field, Object value) {
        boolean alreadyReported = hasProblemWith(field);
        if (!alreadyReported && (value == null || (value instanceof String s && s.isBlank()))) {
            problems.add(new FieldProblem(field, "is required"));
        }
        return this;
    }

    public InputCheck text(String field, String value, int maxLength) {
        FreeText.check(problems, field, value, maxLength);
        return this;
    }

    public InputCheck requiredText(String field, String value, int maxLength) {
        required(field, value);
        return value == null || value.isBlank() ? this : text(field, value, maxLength);
    }

    public InputCheck that(boolean holds, String field, String message) {
        if (!holds) {
            problems.add(new FieldProblem(field, message));
        }
        return this;
    }

    /** Reads one of an enum's values by name (case-insensitive), or notes the allowed values and answers null. */
    public <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equalsIgnoreCase(value.strip())) {
                return candidate;
            }
        }
        problems.add(new FieldProblem(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
        return null;
    }

    /** Reads an ISO date (2026-09-21), or notes the problem and answers null. */
    public LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date written as YYYY-MM-DD"));
            return null;
        }
    }

    /** Runs a value type's parser, noting its problems instead of stopping at the first one. */
    public <T> T value(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    public boolean hasProblemWith(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void orThrow() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
