/**
 * Outcome measures scored exactly as published, as pure functions: ONS4, WEMWBS, SWEMWBS (with the
 * published conversion table), Goal Attainment Scaling (T-score, rho = 0.3), COPM, collaboRATE and MYCaW;
 * the responses recorded for a person and their change over time. Plain Java: no Spring, JDBC, servlet,
 * JSON or HAPI types. Licensed instruments (PAM, COPM, EQ-5D) are represented by their scores only: no item
 * wording of a licensed instrument is part of this code.
 */
@org.springframework.modulith.NamedInterface("domain")
package care.whatmatters.outcome.domain;
