package care.whatmatters.fhir.resources;

/**
 * The platform's own code systems, for domain values that no national or FHIR code system names (a referral's
 * source, its closed-loop step). They are marked as local in {@code docs/fhir-resources.md}; a receiving system
 * should read the display text. FHIR and SNOMED CT codes are used wherever they exist.
 */
final class LocalCodes {

    static final String BASE = "https://whatmatters.care/fhir/CodeSystem/";
    static final String REFERRAL_SOURCE = BASE + "social-prescribing-referral-source";
    static final String REFERRAL_STEP = BASE + "social-prescribing-referral-step";
    static final String SNOMED = "http://snomed.info/sct";
    static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String V3_ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";

    private LocalCodes() {
    }
}
