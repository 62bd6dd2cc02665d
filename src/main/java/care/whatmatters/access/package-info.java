/**
 * Who may see whose record, and on what grounds.
 * <p>
 * Owns accounts and roles, the accounts that act for a person (representatives and carers), break-glass
 * grants, and {@link care.whatmatters.access.RecordAccess}, the single door to personal data: a person sees
 * their own record or one they act for; a practitioner sees a record only while in the person's care team,
 * or through break-glass with a stated reason for a limited time; a budget approver sees only the budget parts
 * of a record, and only while a request about the person waits in the approval queue
 * ({@link care.whatmatters.access.ApprovalQueueAccess}). Every decision, allowed or refused, is written to
 * the audit log before the caller sees any data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package care.whatmatters.access;
