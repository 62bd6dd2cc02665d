/**
 * The personalised care and support plan (PCSP) model: what matters, goals in the person's words, actions
 * with owners and dates, the contingency plan, the review date, the life cycle, agreed versions and their
 * comparison. Plain Java: no Spring, JDBC, servlet or HAPI types.
 */
@org.springframework.modulith.NamedInterface("domain")
package care.whatmatters.careplan.domain;
