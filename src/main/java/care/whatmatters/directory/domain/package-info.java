/**
 * The community directory's model, after Open Referral UK (HSDS 3.0 UK profile): services, the organisations
 * that run them, locations with coordinates, opening times, costs, languages, eligibility, accessibility and
 * taxonomy terms; plus capacity and cost per session, which the standard lacks. Also the pure rules built
 * on it: data quality and freshness, and the ranking of search results with its explanation. Plain Java: no
 * Spring, JDBC, servlet or JSON types.
 */
@org.springframework.modulith.NamedInterface("domain")
package care.whatmatters.directory.domain;
