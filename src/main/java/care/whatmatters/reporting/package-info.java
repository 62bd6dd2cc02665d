/**
 * Population reporting: how many people benefit from personalised care, against the national ambitions,
 * broken down so that health inequality gaps show.
 * <p>
 * Owns a de-identified read model fed by the other modules' events (it never reads or writes their
 * tables): {@code report_person} (no names, NHS numbers or full postcodes), {@code report_fact} (one row
 * per person, measure and period, so a person counts once) and {@code report_count} (the totals the
 * dashboard reads, folded in by {@link care.whatmatters.reporting.ReportAggregator} in the background so a
 * page view never scans the facts). Analysts see only counts, with small numbers suppressed.
 * <p>
 * Also keeps {@code report_budget} and {@code report_sp_referral} (no free text) for the statutory extracts
 * ({@link care.whatmatters.reporting.StatutoryExtracts}). Invariants: every extract leaves out people who
 * registered the national data opt-out; aggregates are suppressed; record-level rows carry pseudonymous keys
 * only. Each measure is defined once, in {@code domain.Measure}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package care.whatmatters.reporting;
