package care.whatmatters.shared;

/** One thing wrong with one field of the input, said so a person can put it right. */
public record FieldProblem(String field, String message) {
}
