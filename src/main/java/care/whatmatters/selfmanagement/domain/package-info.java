/**
 * Supported self-management as plain Java: activation (a licensed PAM score and level), support offers
 * tailored to activation and digital inclusion, coaching and peer-support sessions, consent to a source of
 * readings, self-monitoring readings (LOINC-coded kinds, units, plausible ranges) and targets linked to goals.
 */
@org.springframework.modulith.NamedInterface("domain")
package care.whatmatters.selfmanagement.domain;
