package care.whatmatters.person.domain;

/** The ONS harmonised question: are day-to-day activities limited by a health problem or disability? */
public enum Disability {
    LIMITED_A_LOT("Yes, limited a lot"),
    LIMITED_A_LITTLE("Yes, limited a little"),
    NOT_LIMITED("No"),
    NOT_STATED("Prefer not to say");

    private final String label;

    Disability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean disabled() {
        return this == LIMITED_A_LOT || this == LIMITED_A_LITTLE;
    }
}
