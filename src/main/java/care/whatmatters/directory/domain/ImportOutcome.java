package care.whatmatters.directory.domain;

/** What an import did with one record of a feed. */
public enum ImportOutcome {
    CREATED("Added"),
    UPDATED("Updated"),
    UNCHANGED("Already up to date"),
    MERGED("Merged: an exact duplicate"),
    REJECTED("Not imported");

    private final String label;

    ImportOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean changesSomething() {
        return this == CREATED || this == UPDATED;
    }
}
