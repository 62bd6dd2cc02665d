package care.whatmatters.population;

import care.whatmatters.access.Account;
import care.whatmatters.access.Accounts;
import care.whatmatters.audit.BulkAuditChain;
import care.whatmatters.demo.SyntheticPeople;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.reporting.ReportingSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads synthetic people with whole histories by COPY, generating chunks on parallel threads while the
 * database takes them in order. Tops up: people already there (by the synthetic count) are kept and numbering
 * continues after them. Holds the audit chain's sealing lock throughout, so its entries are sealed as they are
 * written.
 * <p>
 * Two ways to write, chosen by size. A <b>large load</b> (at least {@link #BULK_MINIMUM} people, and at least
 * as many as the database holds already) is one transaction: the tables' secondary indexes and foreign keys are
 * dropped, every row copied, the indexes built once and the keys checked once ({@link SuspendedIndexes}), and
 * the dashboard's counts added once; a failure leaves nothing. A <b>small top-up</b> keeps the indexes and
 * commits every {@link #CHUNKS_PER_TRANSACTION} chunks, so the tables stay open to other sessions.
 */
@Service
public class PopulationLoader {

    static final int CHUNK = 2_000;
    /** Threads making chunks: the database takes about one core, generation the rest (at least two). */
    static final int GENERATORS = Math.max(2, Runtime.getRuntime().availableProcessors() - 1);
    /** Chunks per transaction in a small top-up: fewer, larger commits, and the counts folded once for each. */
    static final int CHUNKS_PER_TRANSACTION = 10;
    /** The fewest people worth rebuilding the indexes for (below it, upkeep row by row is cheaper). */
    static final long BULK_MINIMUM = 1_000;

    private final DataSource dataSource;
    private final PersonRegister register;
    private final Accounts accounts;
    private final ReportingSettings reporting;
    private final JsonMapper json;
    private final Clock clock;

    PopulationLoader(DataSource dataSource, PersonRegister register, Accounts accounts, ReportingSettings reporting,
            JsonMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.register = register;
        this.accounts = accounts;
        this.reporting = reporting;
        this.json = json;
        this.clock = clock;
    }

    /** Progress as each chunk commits: people loaded so far of those asked for. */
    public interface Progress {
        void loaded(long done, long total);

        /** A step after the copying (building indexes, counting), so a long quiet spell is explained. */
        default void step(String what) {
        }
    }

    /**
     * What a load did.
     *
     * @param people     people added by this load (the synthetic population now has {@code first + people})
     * @param rows       rows written, by table
     * @param personIds  the ids of the people added, for load-test feeders (ids only: no personal data)
     */
    public record Report(long first, long people, Map<String, Long> rows, List<UUID> personIds, long millis,
            Map<String, Long> stepMillis) {
    }

    /** Adds synthetic people until there are {@code wanted}, from {@code seed}, with {@code sharedAccount}'s
     * practitioner (the demo {@code gp}, say) in every care team when that account exists. */
    public Report load(long wanted, long seed, String sharedAccount, Progress progress) {
        long started = System.currentTimeMillis();
        long first = register.syntheticCount();
        if (wanted > SyntheticPeople.MAX_PEOPLE) {
            throw new IllegalArgumentException("A synthetic population holds at most " + SyntheticPeople.MAX_PEOPLE);
        }
        long total = Math.max(0, wanted - first);
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Long> steps = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
        List<UUID> ids = new ArrayList<>();
        if (total == 0) {
            return new Report(first, 0, rows, ids, 0, Map.of());
        }
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            BulkAuditChain.lock(connection);
            try {
                connection.setAutoCommit(false);
                LoadContext context = context(connection, seed, first, total, sharedAccount);
                boolean bulk = total >= Math.max(BULK_MINIMUM, people(connection));
                SuspendedIndexes suspended = bulk ? SuspendedIndexes.drop(connection, Chunk.tableNames()) : null;
                run(connection, copy, new ChunkWriter(context, first), context.audit(), first, total, rows, ids, steps,
                        progress, suspended);
                connection.setAutoCommit(true);
                analyze(connection, rows.keySet());
            } catch (Throwable failed) {
                // Before the finally's return to auto-commit, which would commit whatever is pending.
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(true);
                BulkAuditChain.unlock(connection);
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("The population load failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The population load was interrupted", e);
        }
        return new Report(first, total, rows, ids, System.currentTimeMillis() - started, steps);
    }

    private void run(Connection connection, CopyManager copy, ChunkWriter writer, BulkAuditChain chain, long first,
            long total,
            Map<String, Long> rows, List<UUID> ids, Map<String, Long> steps, Progress progress,
            SuspendedIndexes suspended) throws SQLException, java.io.IOException, InterruptedException {
        // Chunks are made on GENERATORS threads, in parallel, and taken in order: futures queued in order.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(GENERATORS,
                Thread.ofPlatform().name("population-generator-", 0).daemon().factory());
        BlockingQueue<java.util.concurrent.Future<Chunk>> ready = new ArrayBlockingQueue<>(GENERATORS + 1);
        Thread feeder = Thread.ofPlatform().name("population-feeder").daemon().start(() -> {
            try {
                for (long from = first; from < first + total; from += CHUNK) {
                    long start = from;
                    ready.put(pool.submit(() -> {
                        long began = System.nanoTime();
                        Chunk chunk = writer.write(start, (int) Math.min(CHUNK, first + total - start));
                        steps.merge("(generating, in parallel)", (System.nanoTime() - began) / 1_000_000, Long::sum);
                        return chunk;
                    }));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            long done = 0;
            int uncommitted = 0;
            CountFold counts = new CountFold(writer.cells());
            while (done < total) {
                long waited = System.nanoTime();
                Chunk chunk = next(ready.take());
                steps.merge("(waiting for the generators)", (System.nanoTime() - waited) / 1_000_000, Long::sum);
                chunk.seal(chain);
                chunk.copy(copy, steps);
                counts.addAll(chunk.counts());
                done += chunk.people;
                boolean last = done >= total;
                if (last && suspended != null) {
                    progress.step("building the indexes and checking the foreign keys");
                    suspended.restore(connection, (name, work) -> timed(steps, name, work));
                }
                if (last || (suspended == null && ++uncommitted == CHUNKS_PER_TRANSACTION)) {
                    if (last) {
                        progress.step("adding to the dashboard's counts and committing");
                    }
                    // the facts' counts commit with the facts
                    timed(steps, "(report counts)", () -> counts.flush(connection, copy));
                    timed(steps, "(commit)", connection::commit);
                    uncommitted = 0;
                }
                chunk.tableCounts().forEach((table, count) -> rows.merge(table, (long) count, Long::sum));
                ids.addAll(chunk.personIds());
                progress.loaded(done, total);
            }
        } finally {
            feeder.interrupt();
            pool.shutdownNow();
        }
    }

    private static void timed(Map<String, Long> steps, String name, SuspendedIndexes.Work work)
            throws SQLException, java.io.IOException {
        long start = System.nanoTime();
        work.run();
        steps.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
    }

    /** Everyone in the register, synthetic or not: what a rebuilt index would have to cover. */
    private static long people(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet count = statement.executeQuery("select count(*) from person")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static Chunk next(java.util.concurrent.Future<Chunk> future) throws InterruptedException {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private LoadContext context(Connection connection, long seed, long first, long total, String sharedAccount)
            throws SQLException, java.io.IOException {
        SplittableRandom random = new SplittableRandom(seed ^ first);
        java.time.Instant now = clock.instant();
        UUID organisation = PopulationIds.at(now, random);
        String organisationName = "Synthetic Primary Care Network " + (first + 1) + "–" + (first + total);
        CopyTable organisations = new CopyTable("organisation", "id, name, kind");
        organisations.row(organisation, organisationName, "Primary care network");
        organisations.copy(connection.unwrap(PGConnection.class).getCopyAPI());
        CopyTable practitioners = new CopyTable("practitioner", "id, name, profession, organisation_id, created_at");
        List<UUID> coordinators = new ArrayList<>();
        for (long block = first; block < first + total; block += LoadContext.PEOPLE_PER_PRACTITIONER) {
            UUID id = PopulationIds.at(now, random);
            coordinators.add(id);
            practitioners.row(id, LoadContext.coordinatorName(block), "CARE_COORDINATOR", organisation, now);
        }
        practitioners.copy(connection.unwrap(PGConnection.class).getCopyAPI());
        Optional<Account> shared = sharedAccount == null || sharedAccount.isBlank() ? Optional.empty()
                : accounts.find(sharedAccount).filter(a -> a.practitioner() != null);
        return new LoadContext(seed, LocalDate.now(clock), now, clock.getZone(), organisation, organisationName,
                coordinators, shared.map(a -> a.practitioner().value()).orElse(null),
                shared.map(a -> a.displayName() + ", " + a.title()).orElse(null), BulkAuditChain.head(connection),
                reporting.areaMap(), json, new CountFold.Names());
    }

    /** Fresh statistics, so the planner knows the tables' new sizes at once rather than after autovacuum. */
    private static void analyze(Connection connection, Iterable<String> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("analyze " + table);
            }
        }
    }
}
