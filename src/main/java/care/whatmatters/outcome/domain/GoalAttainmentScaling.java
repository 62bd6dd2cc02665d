package care.whatmatters.outcome.domain;

import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Goal Attainment Scaling, the Kiresuk–Sherman T-score as given by Turner-Stokes (2009, with its erratum):
 * <pre>T = 50 + 10·Σwᵢxᵢ / √(0.7·Σwᵢ² + 0.3·(Σwᵢ)²)</pre>
 * with ρ = 0.3 (the assumed correlation between goal scores, hence 1 − ρ = 0.7), xᵢ the attainment −2…+2
 * and wᵢ = importance × difficulty, or 1 for every goal when unweighted. T = 50 when every goal is met at
 * the expected level. The weighting rule is marked for verification in the domain brief (docs/outcomes.md).
 */
public final class GoalAttainmentScaling {

    static final double RHO = 0.3;
    /** The furthest T can be from 50 with attainments in −2…+2: 10·2/√ρ. */
    public static final double MAX_DISTANCE_FROM_50 = 20 / Math.sqrt(RHO);

    private GoalAttainmentScaling() {
    }

    public static ScoreSheet score(List<GoalScore> goals) {
        List<GoalScore> checked = check(goals);
        boolean weighted = checked.stream().anyMatch(GoalScore::weighted);
        return new ScoreSheet(Measure.GAS, List.of(ScoreLine.of("tScore", "GAS T-score", tScore(checked)),
                ScoreLine.of("goals", "Goals scored", checked.size())),
                Map.of("weighted", weighted, "expectedOrBetter", tScore(checked) >= 50 - 1e-9));
    }

    static double tScore(List<GoalScore> goals) {
        double sumWx = 0;
        double sumW = 0;
        double sumW2 = 0;
        for (GoalScore g : goals) {
            int w = g.weight();
            sumWx += w * g.attainment();
            sumW += w;
            sumW2 += (double) w * w;
        }
        return 50 + 10 * sumWx / Math.sqrt((1 - RHO) * sumW2 + RHO * sumW * sumW);
    }

    static List<GoalScore> check(List<GoalScore> goals) {
        if (goals == null || goals.isEmpty()) {
            throw InvalidInputException.of("goals", "are required: at least one goal with its attainment");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            check(problems, "goals[" + i + "]", goals.get(i));
        }
        if (problems.isEmpty() && goals.stream().mapToInt(GoalScore::weight).sum() == 0) {
            problems.add(new FieldProblem("goals", "need at least one goal with a weight above 0 "
                    + "(importance and difficulty of 0 give the goal no weight)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(goals);
    }

    private static void check(List<FieldProblem> problems, String at, GoalScore g) {
        if (g == null) {
            problems.add(new FieldProblem(at, "is required"));
            return;
        }
        range(problems, at + ".attainment", g.attainment(), -2, 2, true);
        range(problems, at + ".importance", g.importance(), 0, 3, g.difficulty() != null);
        range(problems, at + ".difficulty", g.difficulty(), 0, 3, g.importance() != null);
    }

    private static void range(List<FieldProblem> problems, String field, Integer value, int min, int max,
            boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, required && !field.endsWith("attainment")
                        ? "is required when the other weight is given (weight = importance × difficulty)"
                        : "is required"));
            }
        } else if (value < min || value > max) {
            problems.add(new FieldProblem(field, "must be a whole number from " + min + " to " + max));
        }
    }
}
