package care.whatmatters.outcome.domain;

import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * COPM scoring (thecopm.ca): up to five problems, each rated for performance and satisfaction 1–10; each
 * score is the sum of the ratings divided by the number of problems. A change of 2 or more from the
 * baseline is clinically important. Only the scores are handled here: the interview belongs to the licence.
 */
public final class Copm {

    public static final BigDecimal CLINICALLY_IMPORTANT_CHANGE = BigDecimal.valueOf(2);
    static final int MOST_PROBLEMS = 5;

    private Copm() {
    }

    public static ScoreSheet score(List<CopmProblem> problems, List<CopmProblem> baseline) {
        List<CopmProblem> now = check("problems", problems);
        List<ScoreLine> lines = new ArrayList<>();
        BigDecimal performance = mean(now, true);
        BigDecimal satisfaction = mean(now, false);
        lines.add(ScoreLine.of("performance", "Performance", performance));
        lines.add(ScoreLine.of("satisfaction", "Satisfaction", satisfaction));
        Map<String, Boolean> flags = new HashMap<>();
        if (baseline != null && !baseline.isEmpty()) {
            List<CopmProblem> before = check("baseline", baseline);
            BigDecimal performanceChange = performance.subtract(mean(before, true));
            BigDecimal satisfactionChange = satisfaction.subtract(mean(before, false));
            lines.add(ScoreLine.of("baselinePerformance", "Performance at baseline", mean(before, true)));
            lines.add(ScoreLine.of("baselineSatisfaction", "Satisfaction at baseline", mean(before, false)));
            lines.add(ScoreLine.of("performanceChange", "Change in performance", performanceChange));
            lines.add(ScoreLine.of("satisfactionChange", "Change in satisfaction", satisfactionChange));
            flags.put("performanceChangeClinicallyImportant", important(performanceChange));
            flags.put("satisfactionChangeClinicallyImportant", important(satisfactionChange));
        }
        return new ScoreSheet(Measure.COPM, lines, flags);
    }

    /** A change of at least 2 points, either way, is clinically important. */
    public static boolean important(BigDecimal change) {
        return change.abs().compareTo(CLINICALLY_IMPORTANT_CHANGE) >= 0;
    }

    /** The mean, rounded to two decimals only at the end. */
    static BigDecimal mean(List<CopmProblem> problems, boolean performance) {
        int sum = problems.stream().mapToInt(p -> performance ? p.performance() : p.satisfaction()).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(problems.size()), 2, RoundingMode.HALF_UP);
    }

    private static List<CopmProblem> check(String field, List<CopmProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw InvalidInputException.of(field, "are required: one to five problems, each with performance "
                    + "and satisfaction");
        }
        if (problems.size() > MOST_PROBLEMS) {
            throw InvalidInputException.of(field, "must be at most " + MOST_PROBLEMS + " (the person's top five "
                    + "problems); there are " + problems.size());
        }
        List<FieldProblem> found = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            CopmProblem p = problems.get(i);
            String at = field + "[" + i + "]";
            if (p == null) {
                found.add(new FieldProblem(at, "is required"));
                continue;
            }
            rating(found, at + ".performance", p.performance());
            rating(found, at + ".satisfaction", p.satisfaction());
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        return List.copyOf(problems);
    }

    private static void rating(List<FieldProblem> found, String field, Integer value) {
        if (value == null) {
            found.add(new FieldProblem(field, "is required"));
        } else if (value < 1 || value > 10) {
            found.add(new FieldProblem(field, "must be a whole number from 1 to 10"));
        }
    }
}
