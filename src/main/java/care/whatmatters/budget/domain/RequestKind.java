package care.whatmatters.budget.domain;

/** What a budget approver is asked to decide. */
public enum RequestKind {
    INITIAL("Approval of the costed plan"),
    RECONSIDERATION("Reconsideration of a refusal or reduction"),
    EXCEPTION("Exception: paying more than a line has left");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
