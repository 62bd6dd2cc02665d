package care.whatmatters.fhir.resources;

import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.CopmProblem;
import care.whatmatters.outcome.domain.GoalScore;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;

/**
 * Reads a QuestionnaireResponse in the shape {@link QuestionnaireResponseMapper} writes back into the measure
 * and the answers the outcome module scores: the round trip. The scores are not read back; they are always
 * computed again from the answers.
 */
final class QuestionnaireAnswers {

    static final String ITEMS = "answers";
    static final String GOALS = "goals";
    static final String PROBLEMS = "problems";
    static final String BASELINE = "baseline";
    static final String EQ5D = "eq5d";

    private QuestionnaireAnswers() {
    }

    static Measure measure(QuestionnaireResponse qr) {
        String canonical = qr.getQuestionnaire();
        if (canonical == null || !canonical.startsWith(QuestionnaireResponseMapper.QUESTIONNAIRE)) {
            throw InvalidInputException.of("questionnaire", "must be " + QuestionnaireResponseMapper.QUESTIONNAIRE
                    + "{measure}");
        }
        return Measure.byCode(canonical.substring(QuestionnaireResponseMapper.QUESTIONNAIRE.length()));
    }

    static Answers answers(QuestionnaireResponse qr) {
        if (group(qr.getItem(), ITEMS).isPresent()) {
            return new Answers.Items(group(qr.getItem(), ITEMS).get().getItem().stream().map(i -> integer(i)).toList());
        }
        if (group(qr.getItem(), GOALS).isPresent()) {
            return new Answers.Goals(group(qr.getItem(), GOALS).get().getItem().stream().map(g -> new GoalScore(
                    child(g, ".goal").map(a -> UUID.fromString(((Reference) a.getAnswerFirstRep().getValue())
                            .getReferenceElement().getIdPart())).orElse(null),
                    child(g, ".attainment").map(QuestionnaireAnswers::integer).orElse(null),
                    child(g, ".importance").map(QuestionnaireAnswers::integer).orElse(null),
                    child(g, ".difficulty").map(QuestionnaireAnswers::integer).orElse(null))).toList());
        }
        if (group(qr.getItem(), PROBLEMS).isPresent()) {
            QuestionnaireResponseItemComponent g = group(qr.getItem(), PROBLEMS).get();
            List<CopmProblem> baseline = group(g.getItem(), BASELINE).map(b -> problems(b.getItem())).orElse(null);
            return new Answers.Problems(problems(g.getItem().stream()
                    .filter(i -> !BASELINE.equals(i.getLinkId())).toList()), baseline);
        }
        if (group(qr.getItem(), EQ5D).isPresent()) {
            QuestionnaireResponseItemComponent g = group(qr.getItem(), EQ5D).get();
            BigDecimal index = group(g.getItem(), "index").map(i -> i.getAnswerFirstRep().getValueDecimalType()
                    .getValue()).orElse(null);
            return new Answers.Eq5dScore(index, group(g.getItem(), "vas").map(QuestionnaireAnswers::integer)
                    .orElse(null));
        }
        throw InvalidInputException.of("item", "must hold the answers group (" + ITEMS + ", " + GOALS + ", "
                + PROBLEMS + " or " + EQ5D + ")");
    }

    private static List<CopmProblem> problems(List<QuestionnaireResponseItemComponent> items) {
        return items.stream().map(p -> new CopmProblem(
                child(p, ".performance").map(QuestionnaireAnswers::integer).orElse(null),
                child(p, ".satisfaction").map(QuestionnaireAnswers::integer).orElse(null))).toList();
    }

    private static Optional<QuestionnaireResponseItemComponent> group(List<QuestionnaireResponseItemComponent> items,
            String linkId) {
        return items.stream().filter(i -> linkId.equals(i.getLinkId())).findFirst();
    }

    private static Optional<QuestionnaireResponseItemComponent> child(QuestionnaireResponseItemComponent parent,
            String suffix) {
        return parent.getItem().stream().filter(i -> i.getLinkId().equals(parent.getLinkId() + suffix)).findFirst();
    }

    private static Integer integer(QuestionnaireResponseItemComponent item) {
        return item.hasAnswer() ? item.getAnswerFirstRep().getValueIntegerType().getValue() : null;
    }
}
