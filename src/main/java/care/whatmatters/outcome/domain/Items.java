package care.whatmatters.outcome.domain;

import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Checks a questionnaire's answers: how many there must be, and the range of each, naming the item at fault. */
final class Items {

    private Items() {
    }

    static List<Integer> check(List<Integer> answers, int min, int max, int expectedCount) {
        return check(answers, min, max, expectedCount, expectedCount);
    }

    static List<Integer> check(List<Integer> answers, int min, int max, int fewest, int most) {
        if (answers == null) {
            throw InvalidInputException.of("answers", "are required: one for each item, in the published order");
        }
        if (answers.size() < fewest || answers.size() > most) {
            String wanted = fewest == most ? String.valueOf(fewest) : fewest + " to " + most;
            throw InvalidInputException.of("answers", "must have " + wanted
                    + " answers, one for each item in its published order (it has " + answers.size() + ")");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Integer a = answers.get(i);
            if (a == null) {
                problems.add(new FieldProblem("answers[" + i + "]", "is required (item " + (i + 1) + ")"));
            } else if (a < min || a > max) {
                problems.add(new FieldProblem("answers[" + i + "]", "must be a whole number from " + min + " to "
                        + max + " (item " + (i + 1) + " is " + a + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(answers);
    }

    static int sum(List<Integer> answers) {
        return answers.stream().mapToInt(Integer::intValue).sum();
    }
}
