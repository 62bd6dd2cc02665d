/**
 * Supported self-management: activation (a licensed PAM score and level, entered by a licensed user),
 * support suggested for the activation level and tailored to digital inclusion, coaching and peer-support
 * sessions linked to goals, consent to the apps and devices readings come from, self-monitoring readings, and
 * targets that tie readings to the plan's goals.
 * <p>
 * Invariants: a person with low digital skills, no device or no internet is never offered app-only support
 * (its alternative is offered instead, and the team sees why); readings from a source the person has not
 * consented to are refused; the same reading (same source and source id) is stored once, so sending it again
 * changes nothing; a batch with one bad reading stores none; every read and write is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supported self-management")
package care.whatmatters.selfmanagement;
