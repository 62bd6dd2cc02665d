package care.whatmatters.fhir.resources;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.CopmProblem;
import care.whatmatters.outcome.domain.GoalScore;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.outcome.domain.OutcomeResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.junit.jupiter.api.Test;

class QuestionnaireResponseMapperTest {

    @Test
    void aResponseNamesItsMeasureSubjectAuthorAndDate() {
        OutcomeResponse r = Fixtures.ons4(false);
        QuestionnaireResponse qr = QuestionnaireResponseMapper.toFhir(r);
        assertThat(qr.getIdElement().getIdPart()).isEqualTo(r.id().toString());
        assertThat(qr.getQuestionnaire()).isEqualTo("https://whatmatters.care/fhir/Questionnaire/ons4");
        assertThat(qr.getStatus()).isEqualTo(QuestionnaireResponseStatus.COMPLETED);
        assertThat(qr.getSubject().getReference()).isEqualTo("Patient/" + Fixtures.PERSON.value());
        assertThat(qr.getAuthor().getReference()).isEqualTo("Patient/" + Fixtures.PERSON.value());
        assertThat(qr.getAuthoredElement().getValueAsString()).isEqualTo("2026-03-01");
    }

    @Test
    void theScoresAreThoseScoredWhenRecorded() {
        OutcomeResponse r = Fixtures.ons4(false);
        QuestionnaireResponse qr = QuestionnaireResponseMapper.toFhir(r);
        var scores = qr.getItem().stream().filter(i -> i.getLinkId().equals("scores")).findFirst().orElseThrow();
        r.scores().scores().forEach(s -> assertThat(scores.getItem().stream()
                .filter(i -> i.getLinkId().equals(s.name())).findFirst().orElseThrow()
                .getAnswerFirstRep().getValueDecimalType().getValue()).isEqualByComparingTo(s.value()));
    }

    @Test
    void aVoidedResponseIsEnteredInError() {
        assertThat(QuestionnaireResponseMapper.toFhir(Fixtures.ons4(true)).getStatus())
                .isEqualTo(QuestionnaireResponseStatus.ENTEREDINERROR);
    }

    @Test
    void itemAnswersSurviveTheRoundTrip() {
        roundTrip(Measure.ONS4, new Answers.Items(List.of(7, 8, 6, 3)));
    }

    @Test
    void goalAttainmentScoresSurviveTheRoundTrip() {
        roundTrip(Measure.GAS, new Answers.Goals(List.of(new GoalScore(UUID.randomUUID(), 1, 2, 3),
                new GoalScore(null, -1, null, null))));
    }

    @Test
    void copmProblemsWithTheirBaselineSurviveTheRoundTrip() {
        roundTrip(Measure.COPM, new Answers.Problems(List.of(new CopmProblem(6, 7), new CopmProblem(5, 5)),
                List.of(new CopmProblem(3, 4), new CopmProblem(2, 2))));
    }

    @Test
    void eq5dScoresSurviveTheRoundTrip() {
        roundTrip(Measure.EQ5D, new Answers.Eq5dScore(new BigDecimal("0.725"), 70));
    }

    private static void roundTrip(Measure measure, Answers answers) {
        QuestionnaireResponse qr = QuestionnaireResponseMapper.toFhir(Fixtures.of(measure, answers));
        assertThat(QuestionnaireAnswers.measure(qr)).isEqualTo(measure);
        assertThat(QuestionnaireAnswers.answers(qr)).isEqualTo(answers);
    }
}
