/**
 * The shared person record as one thing: About Me first, then the plan, the team around the person and
 * their circumstances, outcomes, shared decisions and self-management, assembled from the person, care
 * plan, team, outcome, decision and self-management modules behind one audited access
 * check. Also the person's own view, the practitioner's caseload, break-glass and "who looked at my record".
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Person record view")
package care.whatmatters.record;
