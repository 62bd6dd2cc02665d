package care.whatmatters.reporting.domain;

/** The geography reports are cut by: the whole deployment, an integrated care system, a place, a postcode district, or the organisation that delivered the care. */
public enum AreaLevel {
    NATION("Everywhere"),
    ICS("Integrated care system"),
    PLACE("Place"),
    DISTRICT("Postcode district"),
    ORGANISATION("Organisation");

    private final String label;

    AreaLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
