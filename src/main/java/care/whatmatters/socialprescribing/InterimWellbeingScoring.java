package care.whatmatters.socialprescribing;

import care.whatmatters.access.Actor;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Scores SWEMWBS and ONS4 for a referral until the outcome module (built in parallel) is wired in behind
 * {@link WellbeingQuestionnaires}; it stores no questionnaire response of its own. SWEMWBS: the seven items
 * (1 to 5) summed to a raw score of 7 to 35, converted to the metric score with the published conversion
 * table (Warwick Medical School; the table as the domain brief gives it, to be checked against Warwick's
 * official table). ONS4: four items 0 to 10, no total; the headline is life satisfaction.
 */
@Component
class InterimWellbeingScoring implements WellbeingQuestionnaires {

    /** SWEMWBS raw score 7..35 to metric score. */
    static final double[] SWEMWBS_METRIC = {7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88,
        17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31,
        30.70, 32.55, 35.00};

    @Override
    public Scored score(Actor actor, PersonId person, String measure, List<Integer> answers) {
        String code = measure == null ? "" : measure.strip().toUpperCase(Locale.UK);
        return switch (code) {
            case "SWEMWBS" -> swemwbs(answers);
            case "ONS4" -> ons4(answers);
            default -> throw InvalidInputException.of("measure", "must be SWEMWBS or ONS4");
        };
    }

    static Scored swemwbs(List<Integer> answers) {
        items(answers, 7, 1, 5);
        int raw = answers.stream().mapToInt(Integer::intValue).sum();
        BigDecimal metric = BigDecimal.valueOf(SWEMWBS_METRIC[raw - 7]).setScale(2);
        return new Scored(metric, "raw score " + raw + ", metric score " + metric.toPlainString(), null);
    }

    static Scored ons4(List<Integer> answers) {
        items(answers, 4, 0, 10);
        return new Scored(BigDecimal.valueOf(answers.get(0)).setScale(2), "life satisfaction " + answers.get(0)
                + ", worthwhile " + answers.get(1) + ", happiness " + answers.get(2) + ", anxiety " + answers.get(3), null);
    }

    private static void items(List<Integer> answers, int count, int min, int max) {
        List<FieldProblem> problems = new ArrayList<>();
        if (answers == null || answers.size() != count) {
            throw InvalidInputException.of("answers", "must be " + count + " answers, one for each item, in order");
        }
        for (int i = 0; i < count; i++) {
            Integer a = answers.get(i);
            if (a == null || a < min || a > max) {
                problems.add(new FieldProblem("answers[" + i + "]", "must be a whole number from " + min + " to " + max));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
