package care.whatmatters.audit;

/** What was done with personal data. */
public enum AuditAction {
    READ("Looked at"),
    SEARCH("Searched for"),
    CREATE("Created"),
    UPDATE("Changed"),
    VOID("Voided"),
    EXPORT("Downloaded"),
    BREAK_GLASS("Used emergency access to");

    private final String verb;

    AuditAction(String verb) {
        this.verb = verb;
    }

    /** The plain-English verb the person reads in their access log. */
    public String verb() {
        return verb;
    }
}
