/**
 * One personalised care and support plan (PCSP) per person, written with the person and contributed to by
 * the whole team: what matters → goals → actions, a contingency plan and a review date.
 * <p>
 * Invariants: at most one plan in use per person; content changes only while the plan is a draft or under
 * review; agreeing freezes a numbered version that stays retrievable and comparable; every change states
 * the version it started from, and a change from an out-of-date version is refused (409) instead of
 * overwriting someone else's work. The person reads their plan, comments, proposes goals and agrees; only
 * the care team edits it directly. A plan sent by a connected system ({@code PlanExchange}) is a draft, in
 * which goals may wait for their link to what matters and actions for their goal, owner and date; agreeing
 * requires the whole chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care plan")
package care.whatmatters.careplan;
