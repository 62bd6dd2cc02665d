package care.whatmatters.outcome.web;

import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.CopmProblem;
import care.whatmatters.outcome.domain.GoalScore;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the scoring request bodies: {@code {"answers":[...]}} in published item order; {@code {"goals":[...]}}
 * for GAS; {@code {"problems":[...],"baseline":[...]}} for COPM; {@code {"index":..,"vas":..}} for EQ-5D.
 * A value that is not a whole number is reported against its item; ranges are the domain's to check.
 */
final class AnswerRequests {

    private AnswerRequests() {
    }

    static Answers read(Measure measure, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Answers answers = switch (measure) {
            case GAS -> new Answers.Goals(goals(body.get("goals"), problems));
            case COPM -> new Answers.Problems(copm(body.get("problems"), "problems", problems),
                    optional(body.get("baseline")) ? null : copm(body.get("baseline"), "baseline", problems));
            case EQ5D -> new Answers.Eq5dScore(decimal(body.get("index"), "index", problems),
                    whole(body.get("vas"), "vas", problems));
            default -> new Answers.Items(items(body.get("answers"), problems));
        };
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return answers;
    }

    static List<Integer> items(JsonNode node, List<FieldProblem> problems) {
        if (optional(node)) {
            return null;
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem("answers", "must be a list of numbers, one for each item in its published order"));
            return List.of();
        }
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            answers.add(whole(node.get(i), "answers[" + i + "]", problems));
        }
        return answers;
    }

    private static List<GoalScore> goals(JsonNode node, List<FieldProblem> problems) {
        List<GoalScore> goals = new ArrayList<>();
        for (int i = 0; node != null && node.isArray() && i < node.size(); i++) {
            JsonNode g = node.get(i);
            String at = "goals[" + i + "].";
            goals.add(GoalScore.of(whole(g.get("attainment"), at + "attainment", problems),
                    whole(g.get("importance"), at + "importance", problems),
                    whole(g.get("difficulty"), at + "difficulty", problems)));
        }
        if (node != null && !node.isArray() && !node.isNull()) {
            problems.add(new FieldProblem("goals", "must be a list of goals"));
        }
        return goals;
    }

    private static List<CopmProblem> copm(JsonNode node, String field, List<FieldProblem> problems) {
        List<CopmProblem> list = new ArrayList<>();
        for (int i = 0; node != null && node.isArray() && i < node.size(); i++) {
            JsonNode p = node.get(i);
            String at = field + "[" + i + "].";
            list.add(new CopmProblem(whole(p.get("performance"), at + "performance", problems),
                    whole(p.get("satisfaction"), at + "satisfaction", problems)));
        }
        if (node != null && !node.isArray() && !node.isNull()) {
            problems.add(new FieldProblem(field, "must be a list of problems"));
        }
        return list;
    }

    static Integer whole(JsonNode node, String field, List<FieldProblem> problems) {
        if (optional(node)) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        BigDecimal number = finiteDecimal(node);
        if (number != null && number.stripTrailingZeros().scale() <= 0
                && number.abs().compareTo(BigDecimal.valueOf(1000)) < 0) {
            return number.intValue();
        }
        problems.add(new FieldProblem(field, "must be a whole number"));
        return null;
    }

    private static BigDecimal decimal(JsonNode node, String field, List<FieldProblem> problems) {
        if (optional(node)) {
            return null;
        }
        BigDecimal number = finiteDecimal(node);
        if (number != null) {
            return number;
        }
        problems.add(new FieldProblem(field, "must be a number"));
        return null;
    }

    private static boolean optional(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
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
