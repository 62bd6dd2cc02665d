/**
 * The budget's money as an append-only, double-entry ledger. Every transaction's debits equal its credits;
 * no account ever goes below zero, so a line or the budget can be overspent only through an exception an
 * approver allowed (itself an entry); balances are always derived from the entries, never stored or
 * edited; a mistake is corrected by a reversing transaction. Plain Java.
 */
@org.springframework.modulith.NamedInterface("ledger")
package care.whatmatters.budget.domain.ledger;
