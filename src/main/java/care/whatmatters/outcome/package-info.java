/**
 * Outcome measures: questionnaires scored exactly as published (pure functions in {@code domain}), the
 * responses recorded for a person by them or their team, change over time judged by each measure's own
 * notion of meaningful change, Goal Attainment Scaling on the plan's goals, and collaboRATE at service level.
 * <p>
 * Invariants: scoring never stores anything; a response is recorded only through the care relationship and
 * audited; licensed instruments (PAM, COPM, EQ-5D) are stored as scores only and only when entered by a
 * licensed user, and no item wording of a licensed instrument ships; a GAS expected level is set only while
 * the plan can change (when its goals are agreed) and goals are scored only at review; responses are voided
 * with a reason, never deleted; a service's collaboRATE score is reported only with at least 25 responses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcome measures")
package care.whatmatters.outcome;
