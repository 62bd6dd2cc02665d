package care.whatmatters.decision.domain;

/**
 * Why the legal right to choose a provider does not apply (NHSE choice guidance; the exclusions listed in
 * the domain brief, from a secondary source).
 */
public enum ChoiceExclusion {
    URGENT_OR_CRISIS("Urgent or crisis care"),
    ALREADY_UNDER_CARE("Already under care for this condition"),
    DETAINED_UNDER_MHA("Detained under the Mental Health Act"),
    SECURE_SETTING("In a secure setting (prison, immigration removal centre)"),
    ARMED_FORCES("Serving member of the armed forces"),
    OTHER("Another reason (described)");

    private final String label;

    ChoiceExclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
