/**
 * Organisations, practitioners and care teams: the multidisciplinary team around each person.
 * <p>
 * Owns the <em>legitimate relationship</em>: a practitioner is in a person's care team from the day they
 * join until the day they leave. Memberships are ended with a reason, never deleted, so the history of who
 * could see a record is kept. A practitioner is at most once an active member of one person's team.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Teams")
package care.whatmatters.team;
