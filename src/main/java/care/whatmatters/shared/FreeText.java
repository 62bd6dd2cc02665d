package care.whatmatters.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules for text people write (About Me, goals in their own words). Text is kept exactly as written, never
 * rewritten or trimmed; it is only refused when it is too long or holds control characters that no
 * keyboard produces. Escaping is the job of whatever displays it.
 */
public final class FreeText {

    /** A long free-text element (About Me sections, contingency plans). */
    public static final int LONG = 4000;
    /** A short statement (a goal, an action, what matters). */
    public static final int SHORT = 500;
    /** A name or a one-line label. */
    public static final int LINE = 200;

    private FreeText() {
    }

    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        return optional(field, value, maxLength);
    }

    public static String optional(String field, String value, int maxLength) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, field, value, maxLength);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** Adds the problems with {@code value} to {@code problems}, for checks that report every field at once. */
    public static void check(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.length() > maxLength) {
            problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters (it has "
                    + value.length() + ")"));
        } else if (value.chars().anyMatch(FreeText::isForbiddenControl)) {
            problems.add(new FieldProblem(field, "contains control characters that cannot be stored"));
        }
    }

    private static boolean isForbiddenControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F;
    }
}
