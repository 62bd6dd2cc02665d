package care.whatmatters.selfmanagement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.PersonId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private static Optional<Reading> check(ReadingKind kind, String value, String second, String unit,
            List<FieldProblem> problems) {
        IncomingReading in = new IncomingReading("entry[0]", kind, new BigDecimal(value),
                second == null ? null : new BigDecimal(second), unit, NOW.minusSeconds(3600), "https://app.example",
                "r1");
        return Reading.check(Ids.newId(), PersonId.newId(), in, NOW, problems);
    }

    @Test
    void convertsAcceptedUnitsToTheKindsOwnUnit() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(check(ReadingKind.BODY_WEIGHT, "154", null, "[lb_av]", problems).orElseThrow().value())
                .isEqualByComparingTo("69.85");
        assertThat(check(ReadingKind.SLEEP, "450", null, "min", problems).orElseThrow().value())
                .isEqualByComparingTo("7.50");
        assertThat(check(ReadingKind.BLOOD_GLUCOSE, "108", null, "mg/dL", problems).orElseThrow().value())
                .isEqualByComparingTo("5.99");
        assertThat(problems).isEmpty();
    }

    @Test
    void refusesAnUnknownUnitOrAnImplausibleValueNamingTheEntry() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(check(ReadingKind.HEART_RATE, "72", null, "kg", problems)).isEmpty();
        assertThat(check(ReadingKind.HEART_RATE, "400", null, "/min", problems)).isEmpty();
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("entry[0].valueQuantity.code", "entry[0].valueQuantity");
    }

    @Test
    void bloodPressureNeedsADiastolicBelowTheSystolic() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(check(ReadingKind.BLOOD_PRESSURE, "128", "82", "mm[Hg]", problems)).isPresent();
        assertThat(check(ReadingKind.BLOOD_PRESSURE, "80", "120", "mm[Hg]", problems)).isEmpty();
        assertThat(problems).extracting(FieldProblem::field).containsExactly("entry[0].component");
    }

    @Test
    void aReadingFromTheFutureIsRefused() {
        List<FieldProblem> problems = new ArrayList<>();
        IncomingReading tomorrow = new IncomingReading("entry[0]", ReadingKind.STEPS, BigDecimal.TEN, null, "/d",
                NOW.plusSeconds(86_400), "https://app.example", "r1");
        assertThat(Reading.check(Ids.newId(), PersonId.newId(), tomorrow, NOW, problems)).isEmpty();
        assertThat(problems).extracting(FieldProblem::field).containsExactly("entry[0].effective");
    }

    @Test
    void eachKindIsFoundByItsLoincCodes() {
        assertThat(ReadingKind.byLoinc("41950-7")).contains(ReadingKind.STEPS);
        assertThat(ReadingKind.byLoinc("8867-4")).contains(ReadingKind.HEART_RATE);
        assertThat(ReadingKind.byLoinc("85354-9")).contains(ReadingKind.BLOOD_PRESSURE);
        assertThat(ReadingKind.byLoinc("93832-4")).contains(ReadingKind.SLEEP);
        assertThat(ReadingKind.byLoinc("1234-5")).isEmpty();
    }
}
