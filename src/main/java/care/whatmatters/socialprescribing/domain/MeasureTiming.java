package care.whatmatters.socialprescribing.domain;

/** When a wellbeing measure was taken in the referral: before support (baseline) or after it (follow-up). */
public enum MeasureTiming {
    BASELINE("Baseline"),
    FOLLOW_UP("Follow-up");

    private final String label;

    MeasureTiming(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
