package care.whatmatters.reporting;

import care.whatmatters.reporting.domain.Measure;
import care.whatmatters.reporting.domain.SnomedActivity;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The statutory extracts' configuration ({@code whatmatters.reporting.extracts.*}). The PHB return's item
 * names and the SNOMED codes are configuration because the domain brief marks them unverified.
 *
 * @param submitter    the submitting organisation's code in the PHB return (the ICB's ODS code)
 * @param pseudonymKey the secret for pseudonymous keys (at least 16 characters); when unset, a random one is
 *                     made at start-up, so keys are safe but differ after every restart
 * @param phbItems     PHB return item code → the name the return gives it
 * @param snomed       measure → its SNOMED CT concept, for the activity extract
 */
@ConfigurationProperties("whatmatters.reporting.extracts")
public record ExtractSettings(String submitter, String pseudonymKey, Map<String, String> phbItems,
        Map<Measure, SnomedActivity.Code> snomed) {

    private static final byte[] RANDOM_KEY = randomKey();

    public ExtractSettings {
        submitter = submitter == null || submitter.isBlank() ? "NOT SET" : submitter;
        phbItems = phbItems == null ? Map.of() : Map.copyOf(phbItems);
        snomed = snomed == null ? Map.of() : Map.copyOf(snomed);
    }

    byte[] pseudonymSecret() {
        return pseudonymKey == null || pseudonymKey.isBlank() ? RANDOM_KEY
                : pseudonymKey.getBytes(StandardCharsets.UTF_8);
    }

    /** The social prescribing referral code the dataset carries. */
    String referralCode() {
        SnomedActivity.Code code = snomed.get(Measure.SP_REFERRAL);
        return code == null ? "" : code.code();
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
