package care.whatmatters.budget.domain;

/**
 * Who puts money into a pooled or integrated budget. NHS, social care and education money is statutory
 * and is compared with the indicative budget; a charity's or the person's own money is a top-up.
 */
public enum FunderKind {
    NHS("NHS", true),
    SOCIAL_CARE("Social care (local authority)", true),
    EDUCATION("Education (local authority)", true),
    CHARITY("Charity", false),
    PERSON_TOP_UP("The person's own top-up", false),
    OTHER("Other", false);

    private final String label;
    private final boolean statutory;

    FunderKind(String label, boolean statutory) {
        this.label = label;
        this.statutory = statutory;
    }

    public String label() {
        return label;
    }

    public boolean statutory() {
        return statutory;
    }
}
