package care.whatmatters.reporting.domain;

/** The equity breakdowns every measure is shown by; ALL is the overall count. */
public enum Dimension {
    ALL("Everyone"),
    DEPRIVATION("Deprivation decile (1 = most deprived)"),
    ETHNICITY("Ethnic group"),
    AGE_BAND("Age band"),
    SEX("Sex"),
    DISABILITY("Disability"),
    DIGITAL("Digital inclusion");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
