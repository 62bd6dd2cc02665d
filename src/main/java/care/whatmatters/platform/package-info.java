/**
 * What every module stands on but no module's rules live in: the database (embedded PostgreSQL by default),
 * security (login, roles, headers), error answers (RFC 9457 problem details, friendly error pages), the
 * page layout and the clock. No domain module depends on this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package care.whatmatters.platform;
