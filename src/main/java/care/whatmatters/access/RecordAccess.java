package care.whatmatters.access;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.audit.AuditLog;
import care.whatmatters.shared.PersonId;
import care.whatmatters.team.CareTeams;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The single door to personal data. Every use case that reads or changes a person's record asks here
 * first; the decision is audited, allowed or not, before any data is touched.
 */
@Service
public class RecordAccess {

    private final CareTeams careTeams;
    private final Accounts accounts;
    private final BreakGlass breakGlass;
    private final AuditLog audit;
    private final ApprovalQueueAccess approvalQueue;

    RecordAccess(CareTeams careTeams, Accounts accounts, BreakGlass breakGlass, AuditLog audit,
            ApprovalQueueAccess approvalQueue) {
        this.careTeams = careTeams;
        this.accounts = accounts;
        this.breakGlass = breakGlass;
        this.audit = audit;
        this.approvalQueue = approvalQueue;
    }

    public AccessGrant read(Actor actor, PersonId person, String resource) {
        return decide(actor, person, resource, AuditAction.READ, Writers.PERSON_OR_CARE_TEAM);
    }

    /** Reading for a copy that leaves the platform (a printout, a download): audited as an export. */
    public AccessGrant export(Actor actor, PersonId person, String resource) {
        return decide(actor, person, resource, AuditAction.EXPORT, Writers.PERSON_OR_CARE_TEAM);
    }

    public AccessGrant change(Actor actor, PersonId person, String resource, AuditAction action, Writers writers) {
        return decide(actor, person, resource, action, writers);
    }

    /**
     * Reading the budget parts of a record (budgets, their costing, approvals, ledger and statement): as
     * {@link #read}, and also by a budget approver while a request about the person waits in the approval
     * queue ({@link ApprovalQueueAccess}).
     */
    public AccessGrant readBudget(Actor actor, PersonId person, String resource) {
        return decide(actor, person, resource, AuditAction.READ, null, true);
    }

    /** A budget statement leaving the platform (printed or downloaded): audited as an export. */
    public AccessGrant exportBudget(Actor actor, PersonId person, String resource) {
        return decide(actor, person, resource, AuditAction.EXPORT, null, true);
    }

    /** Changing a budget: {@code writers} says who may; {@link Writers#BUDGET_APPROVER} for decisions. */
    public AccessGrant changeBudget(Actor actor, PersonId person, String resource, AuditAction action,
            Writers writers) {
        return decide(actor, person, resource, action, writers, true);
    }

    /**
     * Registering a new person: only a practitioner may, and they become a member of the person's care team
     * (the caller adds the membership in the same transaction as the person).
     */
    public AccessGrant registerNew(Actor actor, PersonId person) {
        boolean allowed = actor.isPractitioner();
        AccessBasis basis = allowed ? AccessBasis.CARE_TEAM : AccessBasis.NONE;
        audit.record(person, actor.forAudit(), AuditAction.CREATE, "person", allowed, basis, null);
        if (!allowed) {
            throw new RecordAccessDeniedException("Only practitioners can register a person.", false);
        }
        return new AccessGrant(actor, person, basis, null);
    }

    /** Like {@link #read}, but answers empty instead of refusing: for searches, where a miss is not an error. */
    public Optional<AccessGrant> readIfAllowed(Actor actor, PersonId person, String resource) {
        AccessGrant grant = grantFor(actor, person);
        boolean allowed = grant.basis() != AccessBasis.NONE;
        audit.record(person, actor.forAudit(), AuditAction.SEARCH, resource, allowed, grant.basis(), grant.reason());
        return allowed ? Optional.of(grant) : Optional.empty();
    }

    private AccessGrant decide(Actor actor, PersonId person, String resource, AuditAction action, Writers writers) {
        return decide(actor, person, resource, action, writers, false);
    }

    /** {@code writers} null: reading, allowed on any legitimate basis. */
    private AccessGrant decide(Actor actor, PersonId person, String resource, AuditAction action, Writers writers,
            boolean budgetPart) {
        AccessGrant grant = grantFor(actor, person);
        if (budgetPart && grant.basis() == AccessBasis.NONE && actor.role() == Role.BUDGET_APPROVER
                && approvalQueue.openFor(person)) {
            grant = new AccessGrant(actor, person, AccessBasis.BUDGET_APPROVAL, null);
        }
        boolean allowed = grant.basis() != AccessBasis.NONE && (writers == null || writers.allow(grant));
        audit.record(person, actor.forAudit(), action, resource, allowed, grant.basis(), grant.reason());
        if (!allowed) {
            throw refusal(actor, grant.basis());
        }
        return grant;
    }

    private AccessGrant grantFor(Actor actor, PersonId person) {
        if (actor.isPerson() && person.equals(actor.person())) {
            return new AccessGrant(actor, person, AccessBasis.OWN_RECORD, null);
        }
        if (actor.accountId() != null && accounts.actsFor(actor.accountId(), person)) {
            return new AccessGrant(actor, person, AccessBasis.REPRESENTATIVE, null);
        }
        if (actor.isPractitioner()) {
            if (careTeams.isMember(actor.practitioner(), person)) {
                return new AccessGrant(actor, person, AccessBasis.CARE_TEAM, null);
            }
            Optional<String> emergency = breakGlass.activeReason(actor, person);
            if (emergency.isPresent()) {
                return new AccessGrant(actor, person, AccessBasis.BREAK_GLASS, emergency.get());
            }
        }
        return new AccessGrant(actor, person, AccessBasis.NONE, null);
    }

    private static RecordAccessDeniedException refusal(Actor actor, AccessBasis basis) {
        if (basis == AccessBasis.BUDGET_APPROVAL) {
            return new RecordAccessDeniedException("A budget approver can read this budget and decide the request "
                    + "waiting in the queue, but cannot make this change.", false);
        }
        if (basis != AccessBasis.NONE) {
            return new RecordAccessDeniedException("Only the care team can make this change. "
                    + "You can comment on the plan or propose a goal instead.", false);
        }
        if (actor.isPractitioner()) {
            return new RecordAccessDeniedException("You are not in this person's care team, so you cannot see or "
                    + "change their record. In an emergency you can use break-glass access by giving your reason: "
                    + "it is recorded and the person will see it.", true);
        }
        if (actor.isPerson()) {
            return new RecordAccessDeniedException(
                    "You can see only your own record, or the record of someone you act for.", false);
        }
        if (actor.role() == Role.BUDGET_APPROVER) {
            return new RecordAccessDeniedException("Budget approvers see a person's budget only while one of their "
                    + "requests is waiting in the approval queue.", false);
        }
        return new RecordAccessDeniedException(
                "Your role does not give access to people's records.", false);
    }
}
