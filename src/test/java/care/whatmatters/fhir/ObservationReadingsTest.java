package care.whatmatters.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import care.whatmatters.selfmanagement.domain.IncomingReading;
import care.whatmatters.selfmanagement.domain.ReadingKind;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ObservationReadingsTest {

    private static ObservationReadings readings;
    private static final PersonId PERSON = PersonId.newId();

    @BeforeAll
    static void oneContext() {
        readings = new ObservationReadings(FhirContext.forR4());
    }

    private static String heartRate(String extra) {
        return "{\"resourceType\":\"Observation\",\"status\":\"final\"," + extra
                + "\"identifier\":[{\"system\":\"https://watch.example\",\"value\":\"hr-1\"}],"
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8867-4\"}]},"
                + "\"effectivePeriod\":{\"start\":\"2026-05-01T08:00:00Z\",\"end\":\"2026-05-01T08:01:00Z\"},"
                + "\"valueQuantity\":{\"value\":72,\"unit\":\"beats/minute\",\"system\":\"http://unitsofmeasure.org\","
                + "\"code\":\"/min\"}}";
    }

    @Test
    void mapsTheLoincCodeValueUnitTimeAndSource() {
        List<IncomingReading> read = readings.read(heartRate(""), PERSON);
        assertThat(read).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReadingKind.HEART_RATE);
            assertThat(r.value()).isEqualByComparingTo("72");
            assertThat(r.unit()).isEqualTo("/min");
            assertThat(r.effectiveAt()).hasToString("2026-05-01T08:01:00Z");
            assertThat(r.source()).isEqualTo("https://watch.example");
            assertThat(r.sourceId()).isEqualTo("hr-1");
        });
    }

    @Test
    void refusesAnObservationAboutSomeoneElse() {
        assertThatThrownBy(() -> readings.read(heartRate("\"subject\":{\"reference\":\"Patient/"
                + PersonId.newId() + "\"},"), PERSON)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.byField()).containsKey("observation.subject"));
        assertThat(readings.read(heartRate("\"subject\":{\"reference\":\"Patient/" + PERSON + "\"},"), PERSON))
                .hasSize(1);
    }

    @Test
    void refusesAnObservationEnteredInError() {
        assertThatThrownBy(() -> readings.read(heartRate("").replace("\"final\"", "\"entered-in-error\""), PERSON))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.byField()).containsKey("observation.status"));
    }

    @Test
    void answersNotFhirForABodyThatIsNotFhirJson() {
        assertThatThrownBy(() -> readings.read("not json", PERSON)).isInstanceOf(ObservationReadings.NotFhirJson.class);
    }
}
