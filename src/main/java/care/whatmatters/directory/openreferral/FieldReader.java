package care.whatmatters.directory.openreferral;

import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one feed record, noting every problem (with the field's path in the record) instead
 * of stopping at the first, so the import report says everything that needs fixing at once.
 */
final class FieldReader {

    private final List<FieldProblem> problems = new ArrayList<>();

    List<FieldProblem> problems() {
        return problems;
    }

    String text(JsonNode node, String field, String path) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(path + field, "must be text"));
            return null;
        }
        // Control characters that no keyboard types (NUL above all, which PostgreSQL cannot store in text)
        // make the record refused with a reason, as for any other bad field.
        int before = problems.size();
        FreeText.check(problems, path + field, value.asString(), Integer.MAX_VALUE);
        if (problems.size() > before) {
            return null;
        }
        return value.asString().isBlank() ? null : value.asString();
    }

    UUID uuid(JsonNode node, String field, String path, boolean required) {
        String value = text(node, field, path);
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(path + field, "is required"));
            }
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException(value);
            }
            return id;
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(path + field, "must be a UUID, such as ac148810-d857-441c-9679-408f346de14b"));
            return null;
        }
    }

    BigDecimal number(JsonNode node, String field, String path) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        BigDecimal number = finiteDecimal(value);
        if (number != null) {
            return number;
        }
        problems.add(new FieldProblem(path + field, "must be a number"));
        return null;
    }

    Integer integer(JsonNode node, String field, String path) {
        BigDecimal value = number(node, field, path);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            problems.add(new FieldProblem(path + field, "must be a whole number"));
            return null;
        }
    }

    LocalDate date(JsonNode node, String field, String path) {
        String value = text(node, field, path);
        try {
            return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(path + field, "must be a date written as YYYY-MM-DD"));
            return null;
        }
    }

    LocalTime time(JsonNode node, String field, String path) {
        String value = text(node, field, path);
        try {
            return value == null ? null : LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(path + field, "must be a time written as HH:MM or HH:MM:SS"));
            return null;
        }
    }

    /** Runs a value type's own check, noting its problems under this record's path. */
    <T> T value(String path, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(new FieldProblem(path + p.field(), p.message())));
            return null;
        }
    }

    void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    static List<JsonNode> items(JsonNode node, String field) {
        JsonNode array = node == null ? null : node.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.values().forEach(items::add);
        }
        return items;
    }

    /**
     * The node's exact value, or null when it is not a finite number. A literal beyond a double's range (such
     * as {@code 1e309}) is read by Jackson as an infinite double, and asking it for a BigDecimal throws; here
     * it is "not a number", a field problem, not a failed request. (Written out in the two readers of client
     * numbers: the shared kernel takes no JSON types.)
     */
    static BigDecimal finiteDecimal(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return null;
        }
        if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
            return null;
        }
        return node.decimalValue();
    }
}
