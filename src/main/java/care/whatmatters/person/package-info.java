/**
 * The shared person record: demographics (with the NHS number checked by Modulus 11), About Me in the PRSB
 * elements, the representatives and carers the person names, and digital inclusion.
 * <p>
 * Invariants: one live record per NHS number; About Me versions are append-only, and a save based on an
 * older version is refused rather than overwriting someone else's words; records and representatives are
 * voided with a reason, never deleted. Every use case passes through
 * {@link care.whatmatters.access.RecordAccess}, so each read and write is checked and audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Person record")
package care.whatmatters.person;
