package care.whatmatters.security;

/**
 * The columns of the matrix: every role and relationship, each acting on a subject person.
 * {@code subject} is the demo person whose id fills {@code {id}} in routes.
 */
enum Who {
    PERSON("dylan", "dylan"),
    REPRESENTATIVE("carer", "margaret"),
    CARE_TEAM("ot", "dylan"),
    OUTSIDER("outsider", "dylan"),
    BREAK_GLASS("linkworker", "dylan"),
    APPROVER("approver", "dylan"),
    ANALYST("analyst", "dylan"),
    ADMIN("admin", "dylan"),
    DIRECTORY_EDITOR("editor", "dylan"),
    ANONYMOUS(null, "dylan");

    final String username;
    final String subject;

    Who(String username, String subject) {
        this.username = username;
        this.subject = subject;
    }
}
