package care.whatmatters.outcome.domain;

import java.util.List;
import java.util.Map;

/**
 * ONS4 personal wellbeing: four items, each 0–10, with no total (ONS; GSS harmonised standard). Published
 * order: life satisfaction, worthwhile, happiness, anxiety. Satisfaction, worthwhile and happiness are banded
 * 0–4 low, 5–6 medium, 7–8 high, 9–10 very high; anxiety is banded separately, 0–1 very low, 2–3 low,
 * 4–5 medium, 6–10 high (for anxiety, lower is better).
 */
public final class Ons4 {

    public static final List<String> NAMES = List.of("lifeSatisfaction", "worthwhile", "happiness", "anxiety");
    public static final List<String> LABELS = List.of("Life satisfaction", "Worthwhile", "Happiness", "Anxiety");

    /** The ONS wording (Crown copyright, Open Government Licence), each answered 0 (not at all) to 10 (completely). */
    public static final List<String> QUESTIONS = List.of(
            "Overall, how satisfied are you with your life nowadays?",
            "Overall, to what extent do you feel that the things you do in your life are worthwhile?",
            "Overall, how happy did you feel yesterday?",
            "Overall, how anxious did you feel yesterday?");

    private Ons4() {
    }

    public static ScoreSheet score(List<Integer> answers) {
        List<Integer> a = Items.check(answers, 0, 10, 4);
        return new ScoreSheet(Measure.ONS4, List.of(
                line(0, a.get(0), positiveBand(a.get(0))),
                line(1, a.get(1), positiveBand(a.get(1))),
                line(2, a.get(2), positiveBand(a.get(2))),
                line(3, a.get(3), anxietyBand(a.get(3)))), Map.of());
    }

    public static String positiveBand(int score) {
        if (score <= 4) {
            return "Low";
        }
        if (score <= 6) {
            return "Medium";
        }
        return score <= 8 ? "High" : "Very high";
    }

    public static String anxietyBand(int score) {
        if (score <= 1) {
            return "Very low";
        }
        if (score <= 3) {
            return "Low";
        }
        return score <= 5 ? "Medium" : "High";
    }

    private static ScoreLine line(int item, int value, String band) {
        return new ScoreLine(NAMES.get(item), LABELS.get(item), java.math.BigDecimal.valueOf(value), band);
    }
}
