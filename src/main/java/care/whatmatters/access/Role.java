package care.whatmatters.access;

/** What an account is for. A practitioner's profession is kept beside the role. */
public enum Role {
    PERSON("Person"),
    PRACTITIONER("Practitioner"),
    BUDGET_APPROVER("Budget approver"),
    DIRECTORY_EDITOR("Directory editor"),
    ANALYST("Analyst"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
