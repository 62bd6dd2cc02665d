package care.whatmatters.outcome.domain;

/** One COPM problem as rated by the person: performance and satisfaction, each 1–10. */
public record CopmProblem(Integer performance, Integer satisfaction) {
}
