package care.whatmatters.outcome.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AnswerRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void wholeNumbersWrittenAsDecimalsAreRead() {
        Answers read = AnswerRequests.read(Measure.EQ5D, JSON.readTree("{\"index\":0.5,\"vas\":70.0}"));
        assertThat(read).isEqualTo(new Answers.Eq5dScore(new java.math.BigDecimal("0.5"), 70));
    }

    @Test
    void aNumberBeyondADoublesRangeIsAFieldProblemNotACrash() {
        assertThatThrownBy(() -> AnswerRequests.read(Measure.EQ5D, JSON.readTree("{\"index\":1e309,\"vas\":1e309}")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).extracting(p -> p.field()).containsExactly("index", "vas"));
    }
}
