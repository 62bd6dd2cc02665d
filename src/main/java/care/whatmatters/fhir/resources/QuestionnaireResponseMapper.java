package care.whatmatters.fhir.resources;

import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.CopmProblem;
import care.whatmatters.outcome.domain.GoalScore;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.outcome.domain.OutcomeResponse;
import care.whatmatters.outcome.domain.ScoreLine;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * One outcome measure response as a QuestionnaireResponse. The measure is the {@code questionnaire} canonical
 * (the platform publishes no Questionnaire resources: the wording of most measures is licensed); the answers
 * as given are the {@code answers} group (or {@code goals}, {@code problems}, {@code eq5d}), the scores as
 * scored then the {@code scores} group, yes/no findings the {@code flags} group. A voided response is
 * {@code entered-in-error}. {@link QuestionnaireAnswers} reads the answers back.
 */
final class QuestionnaireResponseMapper {

    static final String QUESTIONNAIRE = "https://whatmatters.care/fhir/Questionnaire/";

    private QuestionnaireResponseMapper() {
    }

    static QuestionnaireResponse toFhir(OutcomeResponse r) {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setId(new IdType("QuestionnaireResponse", r.id().toString()));
        qr.getMeta().setLastUpdated(Date.from(r.live() ? r.recorded().at() : r.voided().at()));
        qr.setQuestionnaire(QUESTIONNAIRE + r.measure().code());
        qr.setStatus(r.live() ? QuestionnaireResponseStatus.COMPLETED : QuestionnaireResponseStatus.ENTEREDINERROR);
        qr.setSubject(FhirRefs.patient(r.person()));
        qr.setAuthoredElement(new DateTimeType(r.answeredOn().toString()));
        Reference author = r.byPerson() ? FhirRefs.patient(r.person()) : new Reference();
        qr.setAuthor(author.setDisplay(r.recorded().by()));
        if (r.byPerson()) {
            qr.setSource(FhirRefs.patient(r.person()));
        }
        if (r.measure() == Measure.GAS && r.context() != null) {
            qr.addBasedOn(new Reference("CarePlan/" + r.context()));
        }
        qr.addItem(answers(r.answers()));
        QuestionnaireResponseItemComponent scores = group("scores", "Scores as scored when recorded");
        for (ScoreLine s : r.scores().scores()) {
            scores.addItem(item(s.name(), s.label()).addAnswer(answer().setValue(
                    new org.hl7.fhir.r4.model.DecimalType(s.value()))));
            if (s.band() != null) {
                scores.addItem(item(s.name() + "-band", s.label() + ": band").addAnswer(answer().setValue(
                        new org.hl7.fhir.r4.model.StringType(s.band()))));
            }
        }
        if (scores.hasItem()) {
            qr.addItem(scores);
        }
        if (!r.scores().flags().isEmpty()) {
            QuestionnaireResponseItemComponent flags = group("flags", "Findings");
            r.scores().flags().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(f ->
                    flags.addItem(item(f.getKey(), f.getKey()).addAnswer(answer().setValue(
                            new org.hl7.fhir.r4.model.BooleanType(f.getValue())))));
            qr.addItem(flags);
        }
        return qr;
    }

    private static QuestionnaireResponseItemComponent answers(Answers answers) {
        return switch (answers) {
            case Answers.Items items -> {
                QuestionnaireResponseItemComponent g = group(QuestionnaireAnswers.ITEMS, "Answers as given, in order");
                for (int i = 0; i < items.answers().size(); i++) {
                    g.addItem(integer(Integer.toString(i + 1), "Item " + (i + 1), items.answers().get(i)));
                }
                yield g;
            }
            case Answers.Goals goals -> {
                QuestionnaireResponseItemComponent g = group(QuestionnaireAnswers.GOALS, "Goals scored at review");
                for (int i = 0; i < goals.goals().size(); i++) {
                    g.addItem(goal(i + 1, goals.goals().get(i)));
                }
                yield g;
            }
            case Answers.Problems p -> {
                QuestionnaireResponseItemComponent g = group(QuestionnaireAnswers.PROBLEMS, "Problems rated now");
                problems(g, "problem", p.problems());
                if (p.baseline() != null && !p.baseline().isEmpty()) {
                    QuestionnaireResponseItemComponent b = item(QuestionnaireAnswers.BASELINE, "Rated at baseline");
                    problems(b, "baseline", p.baseline());
                    g.addItem(b);
                }
                yield g;
            }
            case Answers.Eq5dScore eq -> {
                QuestionnaireResponseItemComponent g = group(QuestionnaireAnswers.EQ5D, "EQ-5D as scored");
                g.addItem(item("index", "Index value").addAnswer(answer().setValue(
                        new org.hl7.fhir.r4.model.DecimalType(eq.index()))));
                if (eq.vas() != null) {
                    g.addItem(integer("vas", "Visual analogue scale", eq.vas()));
                }
                yield g;
            }
        };
    }

    private static QuestionnaireResponseItemComponent goal(int n, GoalScore s) {
        QuestionnaireResponseItemComponent g = item("goal-" + n, "Goal " + n);
        if (s.goal() != null) {
            g.addItem(item("goal-" + n + ".goal", "Goal scored").addAnswer(answer().setValue(
                    new Reference("Goal/" + s.goal()))));
        }
        optional(g, "goal-" + n + ".attainment", "Attainment (-2 to +2)", s.attainment());
        optional(g, "goal-" + n + ".importance", "Importance (0 to 3)", s.importance());
        optional(g, "goal-" + n + ".difficulty", "Difficulty (0 to 3)", s.difficulty());
        return g;
    }

    private static void problems(QuestionnaireResponseItemComponent into, String prefix, List<CopmProblem> problems) {
        for (int i = 0; i < problems.size(); i++) {
            String id = prefix + "-" + (i + 1);
            QuestionnaireResponseItemComponent p = item(id, "Problem " + (i + 1));
            optional(p, id + ".performance", "Performance (1 to 10)", problems.get(i).performance());
            optional(p, id + ".satisfaction", "Satisfaction (1 to 10)", problems.get(i).satisfaction());
            into.addItem(p);
        }
    }

    private static void optional(QuestionnaireResponseItemComponent into, String linkId, String text, Integer value) {
        if (value != null) {
            into.addItem(integer(linkId, text, value));
        }
    }

    private static QuestionnaireResponseItemComponent integer(String linkId, String text, Integer value) {
        QuestionnaireResponseItemComponent i = item(linkId, text);
        if (value != null) {
            i.addAnswer(answer().setValue(new org.hl7.fhir.r4.model.IntegerType(value)));
        }
        return i;
    }

    private static QuestionnaireResponseItemComponent group(String linkId, String text) {
        return item(linkId, text);
    }

    private static QuestionnaireResponseItemComponent item(String linkId, String text) {
        return new QuestionnaireResponseItemComponent().setLinkId(linkId).setText(text);
    }

    private static QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent answer() {
        return new QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent();
    }
}
