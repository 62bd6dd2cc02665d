/**
 * The person record's model: demographics, About Me, representatives and digital inclusion. Plain Java:
 * no Spring, JDBC, servlet or HAPI types (an ArchUnit test holds every {@code domain} package to this).
 */
@org.springframework.modulith.NamedInterface("domain")
package care.whatmatters.person.domain;
