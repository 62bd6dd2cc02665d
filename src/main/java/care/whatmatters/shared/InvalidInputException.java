package care.whatmatters.shared;

import java.util.List;

/** The input breaks a rule; nothing was changed. Answered as 422 with the field problems. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The same problems, each field named as a part of {@code whole} ({@code entry[2].text}, say). */
    public InvalidInputException under(String whole) {
        return new InvalidInputException(problems.stream()
                .map(p -> new FieldProblem(whole + "." + p.field(), p.message())).toList());
    }

    /** The first problem with each field, for showing beside the form fields. */
    public java.util.Map<String, String> byField() {
        java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p.message()));
        return byField;
    }

    private static String summary(List<FieldProblem> problems) {
        if (problems.size() == 1) {
            FieldProblem only = problems.get(0);
            return only.field() + " " + only.message();
        }
        return problems.size() + " fields need attention";
    }
}
