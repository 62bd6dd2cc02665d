package care.whatmatters.person.domain;

/** Sex as recorded for demographic reporting (NHS Data Dictionary "person stated gender code" values). */
public enum Sex {
    FEMALE("Female"),
    MALE("Male"),
    INDETERMINATE("Indeterminate (unable to be classified as either male or female)"),
    NOT_KNOWN("Not known");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
