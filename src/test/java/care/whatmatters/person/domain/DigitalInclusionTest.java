package care.whatmatters.person.domain;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.person.domain.DigitalInclusion.Confidence;
import care.whatmatters.person.domain.DigitalInclusion.DeviceAccess;
import care.whatmatters.person.domain.DigitalInclusion.InternetAccess;
import care.whatmatters.person.domain.DigitalInclusion.Skills;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitalInclusionTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:15:00Z");

    @ParameterizedTest(name = "{0} skills, {1} device, {2} internet: excluded = {3}")
    @CsvSource({
        "NONE,      OWN,    RELIABLE, true",
        "CONFIDENT, NONE,   RELIABLE, true",
        "CONFIDENT, OWN,    NONE,     true",
        "NONE,      NONE,   NONE,     true",
        "BASIC,     SHARED, LIMITED,  false",
        "BASIC,     OWN,    RELIABLE, false",
        "CONFIDENT, SHARED, RELIABLE, false",
        "CONFIDENT, OWN,    LIMITED,  false",
        "CONFIDENT, OWN,    RELIABLE, false"})
    void isDigitallyExcludedWithoutSkillsOrADeviceOrAConnection(Skills skills, DeviceAccess device,
            InternetAccess internet, boolean excluded) {
        assertThat(assessment(skills, Confidence.HIGH, device, internet).digitallyExcluded()).isEqualTo(excluded);
    }

    @Test
    void lowConfidenceAloneDoesNotMakeSomeoneExcluded() {
        assertThat(assessment(Skills.BASIC, Confidence.LOW, DeviceAccess.SHARED, InternetAccess.LIMITED)
                .digitallyExcluded()).isFalse();
    }

    @Property
    void confidenceNeverDecidesExclusion(@ForAll Skills skills, @ForAll DeviceAccess device,
            @ForAll InternetAccess internet, @ForAll Confidence one, @ForAll Confidence other) {
        assertThat(assessment(skills, one, device, internet).digitallyExcluded())
                .isEqualTo(assessment(skills, other, device, internet).digitallyExcluded());
    }

    @Property
    void havingNoneOfAnyEssentialMeansExcluded(@ForAll Skills skills, @ForAll DeviceAccess device,
            @ForAll InternetAccess internet, @ForAll Confidence confidence) {
        assertThat(assessment(Skills.NONE, confidence, device, internet).digitallyExcluded()).isTrue();
        assertThat(assessment(skills, confidence, DeviceAccess.NONE, internet).digitallyExcluded()).isTrue();
        assertThat(assessment(skills, confidence, device, InternetAccess.NONE).digitallyExcluded()).isTrue();
    }

    private static DigitalInclusion assessment(Skills skills, Confidence confidence, DeviceAccess device,
            InternetAccess internet) {
        return new DigitalInclusion(skills, confidence, device, internet, null, "Sam Okafor, Link worker", AT);
    }
}
