/** The reporting rules as plain Java: what each measure counts, periods, age bands, suppression, equity flags. */
package care.whatmatters.reporting.domain;
