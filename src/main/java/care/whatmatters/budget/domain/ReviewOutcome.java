package care.whatmatters.budget.domain;

/** What a held review concluded. */
public enum ReviewOutcome {
    CONTINUE("Continue as agreed"),
    CHANGE_NEEDED("Changes to the plan or budget are needed"),
    STOP_RECOMMENDED("The budget should stop");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
