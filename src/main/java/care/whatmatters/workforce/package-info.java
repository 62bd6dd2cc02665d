/**
 * The workforce for personalised care: practitioners' training (which module, when, from whom), reported
 * against a configurable target. Holds data about staff, never about the people they care for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package care.whatmatters.workforce;
