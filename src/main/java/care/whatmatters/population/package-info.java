/**
 * The national-scale population loader: N synthetic people with whole histories (About Me, plans with agreed
 * versions, goals and actions, social prescribing referrals through their life cycle, shared decisions,
 * questionnaires, readings, personal health budgets with balanced ledgers, audit entries and the reporting
 * read model), and a community directory of up to 50,000 services, reproducible from a seed, for load tests
 * and benchmarks ({@code --whatmatters.population.load=N}).
 * <p>
 * <b>A deliberate exception to "modules only through public APIs":</b> a million people through the use
 * cases would take hours, so this module writes the other modules' tables directly with PostgreSQL
 * {@code COPY} ({@code org.postgresql.copy.CopyManager}), in chunks of a few thousand people: a large load
 * in one transaction with the tables' indexes and keys dropped and built again at the end, a small top-up
 * committing every few chunks (see {@code PopulationLoader}). It reads no personal data and is never on a request path. In exchange it must
 * write rows every module can read: the same columns, codes and JSON shapes (snapshots and scores are
 * serialised from the modules' own domain types), the same invariants (one open plan per person, double
 * entry in every ledger transaction, which the database's deferred triggers also check) and the audit hash
 * chain, sealed in bulk through the audit module's {@code BulkAuditChain} while holding its sealing lock.
 * {@code PopulationLoadIT} proves a loaded record opens through the normal API, a ledger balances, the
 * reporting summary counts the people and the audit chain verifies. Change this module with the migrations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Population loader (scale tests)")
package care.whatmatters.population;
