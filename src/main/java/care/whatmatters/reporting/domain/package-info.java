/** The reporting rules as plain Java: what each measure counts, periods, age bands, suppression, equity flags. */
@org.springframework.modulith.NamedInterface("domain")
package care.whatmatters.reporting.domain;
