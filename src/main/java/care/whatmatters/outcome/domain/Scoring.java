package care.whatmatters.outcome.domain;

import care.whatmatters.shared.InvalidInputException;

/** Scores a set of answers with its measure's published rules. Pure: nothing is stored. */
public final class Scoring {

    private Scoring() {
    }

    public static ScoreSheet score(Measure measure, Answers answers) {
        return switch (measure) {
            case ONS4 -> Ons4.score(items(measure, answers).answers());
            case WEMWBS -> Wemwbs.score(items(measure, answers).answers());
            case SWEMWBS -> Swemwbs.score(items(measure, answers).answers());
            case COLLABORATE -> Collaborate.score(items(measure, answers).answers());
            case MYCAW -> Mycaw.score(items(measure, answers).answers());
            case GAS -> GoalAttainmentScaling.score(expect(answers, Answers.Goals.class, "goals").goals());
            case COPM -> {
                Answers.Problems p = expect(answers, Answers.Problems.class, "problems");
                yield Copm.score(p.problems(), p.baseline());
            }
            case EQ5D -> Eq5d.score(expect(answers, Answers.Eq5dScore.class, "index"));
        };
    }

    private static Answers.Items items(Measure measure, Answers answers) {
        return expect(answers, Answers.Items.class, "answers");
    }

    private static <T extends Answers> T expect(Answers answers, Class<T> shape, String field) {
        if (!shape.isInstance(answers)) {
            throw InvalidInputException.of(field, "are required for this measure");
        }
        return shape.cast(answers);
    }
}
