/**
 * The social prescribing model (after the PRSB Social Prescribing Information Standard): a referral with its
 * reasons, the closed-loop life cycle a link worker takes it through, onward referrals to community services,
 * wellbeing measured at baseline and follow-up, and the coded message back to the GP and referrer. Plain
 * Java: no Spring, JDBC, servlet or JSON types.
 */
@org.springframework.modulith.NamedInterface("domain")
package care.whatmatters.socialprescribing.domain;
