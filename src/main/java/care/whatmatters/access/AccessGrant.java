package care.whatmatters.access;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.shared.PersonId;

/**
 * Proof that an actor passed the (audited) access check for one person, and on what basis. Only this
 * module can issue one, so a use case that takes a grant cannot be reached around the check.
 */
public final class AccessGrant {

    private final Actor actor;
    private final PersonId person;
    private final AccessBasis basis;
    private final String reason;

    AccessGrant(Actor actor, PersonId person, AccessBasis basis, String reason) {
        this.actor = actor;
        this.person = person;
        this.basis = basis;
        this.reason = reason;
    }

    public Actor actor() {
        return actor;
    }

    public PersonId person() {
        return person;
    }

    public AccessBasis basis() {
        return basis;
    }

    /** The stated reason, for break-glass access. */
    public String reason() {
        return reason;
    }

    public boolean byPractitioner() {
        return basis == AccessBasis.CARE_TEAM || basis == AccessBasis.BREAK_GLASS;
    }

    public boolean byPersonOrRepresentative() {
        return basis == AccessBasis.OWN_RECORD || basis == AccessBasis.REPRESENTATIVE;
    }

    /** Granted to a budget approver while a request about the person waits in the approval queue. */
    public boolean byBudgetApprover() {
        return basis == AccessBasis.BUDGET_APPROVAL;
    }

    public boolean breakGlass() {
        return basis == AccessBasis.BREAK_GLASS;
    }
}
