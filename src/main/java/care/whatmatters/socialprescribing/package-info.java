/**
 * Social prescribing: referrals from any source (including the person referring themselves), the link
 * worker's caseload, the closed-loop life cycle (received → contacted → declined | engaged → plan agreed →
 * connected → follow-up → outcome measured → closed), onward referrals to community services from the
 * directory, wellbeing at baseline and follow-up, and the coded message back to the GP and referrer.
 * <p>
 * Invariants: every read and write goes through {@code RecordAccess} and is audited; a link worker outside
 * the care team sees only a referral waiting to be taken, and joins the care team by taking it; steps out of
 * order are refused naming the steps allowed; a referral is closed only by sending the message back, which
 * is kept as sent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Social prescribing")
package care.whatmatters.socialprescribing;
