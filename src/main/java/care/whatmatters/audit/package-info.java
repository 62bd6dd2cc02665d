/**
 * The audit log: who read or wrote whose personal data, when, on what basis, and whether it was allowed.
 * <p>
 * Invariants: entries are append-only (the database refuses UPDATE, DELETE and TRUNCATE on the table);
 * every entry is written in its own transaction, so a request that fails afterwards cannot take its audit
 * entry down with it. A person reads the entries about them as "who looked at my record".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package care.whatmatters.audit;
