package care.whatmatters.access;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.audit.AuditLog;
import care.whatmatters.shared.PersonId;
import care.whatmatters.team.CareTeams;
import care.whatmatters.team.Profession;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    private final ObjectProvider<ReferralQueue> referralQueue;
    private final ApprovalQueueAccess approvalQueue;
    /** The grant {@link #guard} found, for the request on this thread; see {@link #takeGuarded}. */
    private final ThreadLocal<AccessGrant> guarded = new ThreadLocal<>();

    RecordAccess(CareTeams careTeams, Accounts accounts, BreakGlass breakGlass, AuditLog audit,
            ObjectProvider<ReferralQueue> referralQueue, ApprovalQueueAccess approvalQueue) {
        this.careTeams = careTeams;
        this.accounts = accounts;
        this.breakGlass = breakGlass;
        this.audit = audit;
        this.referralQueue = referralQueue;
        this.approvalQueue = approvalQueue;
    }

    public AccessGrant read(Actor actor, PersonId person, String resource) {
        return decide(actor, person, resource, AuditAction.READ, Writers.PERSON_OR_CARE_TEAM);
    }

    /**
     * The check made for every request about one person, before its input is even read: a caller with no
     * basis at all for this person is refused here (and the refusal audited), so an outsider learns nothing,
     * not even whether their request was well formed. A caller with some basis goes on to the use case,
     * which decides, and audits, exactly what they may do.
     */
    public void guard(Actor actor, PersonId person, String route, boolean changing) {
        AccessGrant grant = grantFor(actor, person);
        if (grant.basis() != AccessBasis.NONE) {
            guarded.set(grant);
        }
        // The narrow bases count on their own routes only: a link worker and a waiting referral on referral
        // routes; a budget approver and a request in their queue on budget routes.
        if (grant.basis() == AccessBasis.NONE && route.startsWith("referrals")) {
            grant = referralGrant(actor, person);
        }
        if (grant.basis() == AccessBasis.NONE && route.startsWith("budgets") && actor.role() == Role.BUDGET_APPROVER
                && approvalQueue.openFor(person)) {
            grant = new AccessGrant(actor, person, AccessBasis.BUDGET_APPROVAL, null);
        }
        if (grant.basis() == AccessBasis.NONE) {
            audit.record(person, actor.forAudit(), changing ? AuditAction.UPDATE : AuditAction.READ, route, false,
                    AccessBasis.NONE, null);
            throw refusal(actor, AccessBasis.NONE);
        }
    }

    /** Forgets a guard's relationship the request did not use; called when the request ends. */
    public void endOfRequest() {
        guarded.remove();
    }

    /**
     * The relationship the guard found for this actor and person in this request, taken once: the use case's
     * first decision then needs no second look-up (a round trip on every request about a person). Once only,
     * because a request may itself change the relationship (taking a referral joins the care team).
     */
    private Optional<AccessGrant> takeGuarded(Actor actor, PersonId person) {
        AccessGrant found = guarded.get();
        if (found == null) {
            return Optional.empty();
        }
        guarded.remove();
        return found.actor().equals(actor) && found.person().equals(person) ? Optional.of(found) : Optional.empty();
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
        boolean oneStep = canDecideInOneStep(actor);
        if (oneStep) {
            Optional<AccessGrant> asMember = careTeamInOneStep(actor, person, AuditAction.SEARCH, resource);
            if (asMember.isPresent()) {
                return asMember;
            }
        }
        AccessGrant grant = grantFor(actor, person, !oneStep);
        boolean allowed = grant.basis() != AccessBasis.NONE;
        audit.record(person, actor.forAudit(), AuditAction.SEARCH, resource, allowed, grant.basis(), grant.reason());
        return allowed ? Optional.of(grant) : Optional.empty();
    }

    /**
     * Reading a person's referral to social prescribing. Besides everyone who may read the record, any social
     * prescribing link worker may, while the person has a referral no link worker has taken yet, so that one
     * of them can take it. On that basis only the referral is shown, never the rest of the record.
     */
    public AccessGrant readReferral(Actor actor, PersonId person) {
        return referralDecision(actor, person, AuditAction.READ, "referral");
    }

    /** Like {@link #readReferral}, for listing waiting referrals: answers empty instead of refusing. */
    public Optional<AccessGrant> readReferralIfAllowed(Actor actor, PersonId person) {
        AccessGrant grant = referralGrant(actor, person);
        boolean allowed = grant.basis() != AccessBasis.NONE;
        audit.record(person, actor.forAudit(), AuditAction.SEARCH, "referral", allowed, grant.basis(), grant.reason());
        return allowed ? Optional.of(grant) : Optional.empty();
    }

    /**
     * A link worker taking a waiting referral, or a member of the care team taking one: allowed on the same
     * grounds as {@link #readReferral} for practitioners. The caller adds the link worker to the care team in
     * the same transaction.
     */
    public AccessGrant takeReferral(Actor actor, PersonId person) {
        AccessGrant grant = referralGrant(actor, person);
        boolean allowed = grant.basis() == AccessBasis.REFERRAL || grant.basis() == AccessBasis.CARE_TEAM;
        audit.record(person, actor.forAudit(), AuditAction.UPDATE, "referral", allowed, grant.basis(), grant.reason());
        if (!allowed) {
            throw refusal(actor, AccessBasis.NONE);
        }
        return grant;
    }

    private AccessGrant referralDecision(Actor actor, PersonId person, AuditAction action, String resource) {
        AccessGrant grant = referralGrant(actor, person);
        boolean allowed = grant.basis() != AccessBasis.NONE;
        audit.record(person, actor.forAudit(), action, resource, allowed, grant.basis(), grant.reason());
        if (!allowed) {
            throw refusal(actor, AccessBasis.NONE);
        }
        return grant;
    }

    private AccessGrant referralGrant(Actor actor, PersonId person) {
        AccessGrant grant = grantFor(actor, person);
        if (grant.basis() == AccessBasis.NONE && actor.isPractitioner()
                && careTeams.practitioner(actor.practitioner()).profession() == Profession.LINK_WORKER) {
            ReferralQueue queue = referralQueue.getIfAvailable();
            if (queue != null && queue.awaitsLinkWorker(person)) {
                return new AccessGrant(actor, person, AccessBasis.REFERRAL, null);
            }
            // Another take of this referral may have committed between the two reads above, putting this
            // link worker in the care team: ask once more, so the race answers "already taken", not 403.
            return grantFor(actor, person);
        }
        return grant;
    }

    private AccessGrant decide(Actor actor, PersonId person, String resource, AuditAction action, Writers writers) {
        return decide(actor, person, resource, action, writers, false);
    }

    /** {@code writers} null: reading, allowed on any legitimate basis. */
    private AccessGrant decide(Actor actor, PersonId person, String resource, AuditAction action, Writers writers,
            boolean budgetPart) {
        Optional<AccessGrant> guardedGrant = takeGuarded(actor, person);
        boolean oneStep = guardedGrant.isEmpty() && writers != Writers.BUDGET_APPROVER && canDecideInOneStep(actor);
        if (oneStep) {
            Optional<AccessGrant> asMember = careTeamInOneStep(actor, person, action, resource);
            if (asMember.isPresent()) {
                return asMember.get();
            }
        }
        AccessGrant grant = guardedGrant.orElseGet(() -> grantFor(actor, person, !oneStep));
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

    /**
     * The commonest decision, a practitioner in the person's care team, made and audited in one statement: the
     * audit entry is written only if the membership holds as it is written (see {@link AuditLog#recordIf}).
     * Empty when it does not; nothing is then written, and the full decision follows. Only where
     * {@link #canDecideInOneStep} says so.
     */
    private Optional<AccessGrant> careTeamInOneStep(Actor actor, PersonId person, AuditAction action,
            String resource) {
        boolean member = audit.recordIf(careTeams.membership(actor.practitioner(), person), person,
                actor.forAudit(), action, resource, AccessBasis.CARE_TEAM);
        return member ? Optional.of(new AccessGrant(actor, person, AccessBasis.CARE_TEAM, null)) : Optional.empty();
    }

    /**
     * Whether the one-statement decision can be trusted here. The audit entry goes on the audit log's own
     * connection, which cannot see a write transaction's uncommitted rows: a request that has just added the
     * practitioner to the team (a transaction Bundle registering a person and then writing their plan) would be
     * answered "not a member". So only outside a write transaction, where every membership it could see is
     * committed.
     */
    private static boolean canDecideInOneStep(Actor actor) {
        return actor.isPractitioner() && (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly());
    }

    /** The basis for access, checked cheapest and commonest first: one query for a practitioner in the team. */
    private AccessGrant grantFor(Actor actor, PersonId person) {
        return grantFor(actor, person, true);
    }

    /** {@code askTeam} false: the one-statement decision has just found no membership, so it is not asked again. */
    private AccessGrant grantFor(Actor actor, PersonId person, boolean askTeam) {
        if (actor.isPerson() && person.equals(actor.person())) {
            return new AccessGrant(actor, person, AccessBasis.OWN_RECORD, null);
        }
        if (askTeam && actor.isPractitioner() && careTeams.isMember(actor.practitioner(), person)) {
            return new AccessGrant(actor, person, AccessBasis.CARE_TEAM, null);
        }
        if (actor.accountId() != null && accounts.actsFor(actor.accountId(), person)) {
            return new AccessGrant(actor, person, AccessBasis.REPRESENTATIVE, null);
        }
        if (actor.isPractitioner()) {
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
