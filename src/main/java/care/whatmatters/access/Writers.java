package care.whatmatters.access;

/** Who may make a given kind of change to a person's record. */
public enum Writers {
    /** Clinical content of the plan: goals, actions, agreement on behalf of the team. */
    CARE_TEAM,
    /** What the person owns or co-authors: About Me, comments, goal proposals, their agreement. */
    PERSON_OR_CARE_TEAM,
    /** A budget approver's decision on a request waiting in the approval queue. */
    BUDGET_APPROVER;

    boolean allow(AccessGrant grant) {
        return switch (this) {
            case CARE_TEAM -> grant.byPractitioner();
            case PERSON_OR_CARE_TEAM -> grant.byPractitioner() || grant.byPersonOrRepresentative();
            case BUDGET_APPROVER -> grant.byBudgetApprover();
        };
    }
}
