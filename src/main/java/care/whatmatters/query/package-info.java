/**
 * Reads sent together: a {@link care.whatmatters.query.Query} is one module's read as a value (its statements,
 * their parameters and how to make its answer from their result sets), and {@link care.whatmatters.query.Queries}
 * sends one or many of them to PostgreSQL as one multi-statement execution, so one round trip. A module keeps its
 * SQL and its row mapping to itself and hands out queries through its public API; a caller that needs several
 * modules' reads at once (the FHIR {@code $everything}) gathers them and sends them in one go. Infrastructure
 * only: it knows no table and no care rule, and depends on nothing of the project's, so every module may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Queries sent together")
package care.whatmatters.query;
