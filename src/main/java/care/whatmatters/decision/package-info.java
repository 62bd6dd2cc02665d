/**
 * Shared decision making and choice: the structured decision record on the person's record (the question,
 * the options with their benefits and risks, what doing nothing means, what matters most, aids used, who took
 * part, the decision and a collaboRATE response), the person's "this is not what I decided" flag, the plan
 * actions a decision completes or creates, and choice offers on plan actions and referrals.
 * <p>
 * Invariants: every decision records what doing nothing means; the decision is one of the options
 * considered; only the person (or someone acting for them) flags a decision, and only the team answers the
 * flag; a choice offer either names the providers offered (and the one chosen is among them) or says why
 * choice does not apply. Every read and write passes the audited access check; a failed change writes
 * nothing, in this module or in the plan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared decisions and choice")
package care.whatmatters.decision;
