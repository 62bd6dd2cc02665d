/**
 * Personal health budgets (component 6 of the Comprehensive Model of Personalised Care): eligibility on a
 * stated basis, an indicative budget worked out by configurable resource-allocation rules and shown step
 * by step, a costed plan whose every line pays for an action on the person's care and support plan,
 * approval with coded reasons and reconsideration, pooled funders, management modes, reviews due by rule,
 * suspending and stopping with reasons, and the money in an exact, append-only, double-entry ledger.
 * <p>
 * Invariants: money is whole pence ({@link care.whatmatters.shared.Money}); ledger entries are never
 * changed or deleted (the database refuses), every transaction balances, no account goes below zero, so a
 * line or the budget is overspent only through an exception a budget approver allowed; a payment is
 * recorded at most once per Idempotency-Key, and payments on one budget are decided one at a time under
 * the budget's row lock; every read and write goes through {@link care.whatmatters.access.RecordAccess}
 * and is audited, and budget approvers see a budget only while one of its requests waits in their queue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal health budgets")
package care.whatmatters.budget;
