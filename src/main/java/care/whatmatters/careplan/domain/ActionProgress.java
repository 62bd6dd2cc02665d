package care.whatmatters.careplan.domain;

/** How far an action has got. Progress may be recorded on an agreed plan without agreeing it again. */
public enum ActionProgress {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    CANCELLED("Cancelled");

    private final String label;

    ActionProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
