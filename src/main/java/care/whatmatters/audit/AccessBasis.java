package care.whatmatters.audit;

/** On what grounds access was allowed (or NONE when it was refused). */
public enum AccessBasis {
    OWN_RECORD("their own record"),
    REPRESENTATIVE("acting for the person"),
    CARE_TEAM("member of the care team"),
    BREAK_GLASS("emergency access (break-glass)"),
    REFERRAL("social prescribing referral waiting for a link worker"),
    BUDGET_APPROVAL("deciding a budget request in the approval queue"),
    NONE("no care relationship");

    private final String description;

    AccessBasis(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
