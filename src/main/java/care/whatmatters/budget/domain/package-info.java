/**
 * The personal health budget model: eligibility, the indicative budget and its calculation, the costed plan
 * (lines linked to plan actions, each funded by one or more funders), the budget's life cycle, approval
 * requests with coded reasons, review dates by rule, and the double-entry ledger. Plain Java: no Spring,
 * JDBC, servlet or JSON types.
 */
@org.springframework.modulith.NamedInterface("domain")
package care.whatmatters.budget.domain;
