package care.whatmatters.directory.persistence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.sql.Array;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's copy of {@code directory_search_place} and of its services' opening times, and whether it may be
 * used. A search asks for it; the copy is handed out only if its generation equals the generation committed
 * now (V075: one primary-key read), so a search never sees a directory older than the database's, on any node.
 * When the generation has moved (an import, an edit) or there is no copy yet, the search goes to the database
 * as before and the copy is brought up to date in the background, one update at a time:
 * <ul>
 * <li>from the services changed since its generation (V076), reading only their places and opening times: a
 * few milliseconds for an edit;</li>
 * <li>or, with no copy yet, more than {@code whatmatters.directory.places-update-most-services} (2,000)
 * services changed since the last whole copy, or a change no longer logged, by copying the whole table again: not sooner than {@code rebuildGap} after the
 * last whole copy started, so a burst of imports costs the database path for a while, not a core spent
 * copying.</li>
 * </ul>
 * <p>
 * A copy of 50,000 places takes about 40 MB of heap (measured: live heap after a full collection, with and
 * without it). {@code whatmatters.directory.places-in-memory=false} turns it off, and every search goes to the
 * database.
 */
@Component
class KeptPlaces {

    private static final Logger LOG = LoggerFactory.getLogger(KeptPlaces.class);

    /** What a search near a point reads, and the place's lexemes. */
    private static final String PLACES = "select " + SearchIndex.PLACE_COLUMNS
            + ", tsvector_to_array(p.search_vector) as lexemes, p.service_at_location_id from directory_search_place p";

    /** The services changed after one generation, up to another (V076), and each generation that changed any. */
    private static final String CHANGES = """
            select generation, service_id from directory_search_change where generation > ? and generation <= ?""";


    private final JdbcClient jdbc;
    private final ScheduleLookup openingTimes;
    private final TransactionTemplate oneSnapshot;
    private final boolean enabled;
    private final long rebuildGapNanos;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("directory-places-copy").factory());
    private final AtomicBoolean building = new AtomicBoolean();
    private final Timer copying;
    private final Timer updating;
    private final AtomicReference<PlacesInMemory> copy = new AtomicReference<>();
    /**
     * Past this many services changed since the last whole copy, the table is copied whole again: each search
     * tests the changed services' places one by one, so they must stay few against the 50,000 it reads by band.
     */
    private final int mostChangedServices;
    /** A copy that could not be brought up to date from the changes: only a whole copy will do. */
    private volatile PlacesInMemory cannotUpdate;
    private volatile long lastWholeStart = System.nanoTime() - Long.MAX_VALUE / 2;

    KeptPlaces(JdbcClient jdbc, ScheduleLookup openingTimes, PlatformTransactionManager transactions,
            MeterRegistry meters,
            @Value("${whatmatters.directory.places-in-memory:true}") boolean enabled,
            @Value("${whatmatters.directory.places-rebuild-gap:PT5S}") Duration rebuildGap,
            @Value("${whatmatters.directory.places-update-most-services:2000}") int mostChangedServices) {
        this.jdbc = jdbc;
        this.openingTimes = openingTimes;
        // For operators: how long a copy takes to make, and how many places the one in use holds.
        this.copying = Timer.builder("whatmatters.directory.places.copy")
                .description("Time to copy the directory's searchable places into this node's memory").register(meters);
        this.updating = Timer.builder("whatmatters.directory.places.update")
                .description("Time to bring this node's copy of the directory's places up to date from the services "
                        + "changed since it was made")
                .register(meters);
        Gauge.builder("whatmatters.directory.places.kept", this, kept -> {
                    PlacesInMemory held = kept.copy.get();
                    return held == null ? 0 : held.size();
                })
                .description("Places in this node's copy of the directory (0: searches use the database)")
                .register(meters);
        this.oneSnapshot = new TransactionTemplate(transactions);
        oneSnapshot.setReadOnly(true);
        // The generation and the places must come from one snapshot, or the copy could be stamped with a
        // generation it does not hold.
        oneSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        oneSnapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.enabled = enabled;
        this.rebuildGapNanos = rebuildGap.toNanos();
        this.mostChangedServices = mostChangedServices;
    }

    /**
     * The copy, if it is the directory as committed now; otherwise null (search the database), and the copy is
     * brought up to date in the background if no update is under way (see the class's comment).
     */
    PlacesInMemory current() {
        if (!enabled) {
            return null;
        }
        Long generation = generation();
        PlacesInMemory held = copy.get();
        if (generation == null) {
            return null;
        }
        if (held != null && held.generation() == generation) {
            return held;
        }
        boolean whole = held == null || held == cannotUpdate;
        if (whole && System.nanoTime() - lastWholeStart < rebuildGapNanos) {
            return null;
        }
        if (building.compareAndSet(false, true)) {
            if (whole) {
                lastWholeStart = System.nanoTime();
            }
            try {
                builder.execute(() -> {
                    try {
                        if (whole) {
                            copyNow();
                        } else if (updateNow() == null) {
                            cannotUpdate = held; // the next search starts a whole copy, the gap allowing
                        }
                    } catch (RuntimeException e) {
                        // Searches go on using the database; the next one finding no usable copy tries again.
                        LOG.warn("Could not bring the directory's places in memory up to date: {}", e.toString());
                    } finally {
                        building.set(false);
                    }
                });
            } catch (RejectedExecutionException stopping) {
                building.set(false); // the application is stopping: this search uses the database
            }
        }
        return null;
    }

    /** Copies the places now, in the calling thread, and keeps the copy (the builder's work; tests call it too). */
    PlacesInMemory copyNow() {
        PlacesInMemory made = copying.record(() -> oneSnapshot.execute(status -> {
            Long generation = generation();
            if (generation == null) {
                return null;
            }
            List<PlacesInMemory.Row> places = jdbc.sql(PLACES).query(KeptPlaces::row).list();
            return new PlacesInMemory(generation, places, openingTimes.ofEveryServiceWithAPlace());
        }));
        if (made != null) {
            keep(made);
        }
        return made;
    }

    /**
     * Brings the copy held now up to the generation committed now from the services changed since (V076), in
     * the calling thread, and keeps it (the builder's work; tests call it too). Answers null, keeping nothing,
     * when that cannot be done: no copy yet, a step's changes no longer logged, the whole table emptied, a
     * database put back to an older generation than the copy's, or more than
     * {@code whatmatters.directory.places-update-most-services} (2,000) services changed since the last whole copy.
     */
    PlacesInMemory updateNow() {
        PlacesInMemory held = copy.get();
        if (held == null) {
            return null;
        }
        PlacesInMemory updated = updating.record(() -> oneSnapshot.execute(status -> {
            Long generation = generation();
            if (generation == null || generation < held.generation()) {
                return null; // the database was put back to an older state: only a whole copy will do
            }
            if (generation == held.generation()) {
                return held;
            }
            Set<Long> steps = new HashSet<>();
            Set<UUID> services = new HashSet<>();
            jdbc.sql(CHANGES).params(held.generation(), generation).query((RowCallbackHandler) rs -> {
                steps.add(rs.getLong("generation"));
                services.add(rs.getObject("service_id", UUID.class));
            });
            // No service (null) is the whole table emptied. Every generation moves with at least one change
            // logged, so a missing step is one deleted as old.
            if (services.contains(null) || steps.size() != generation - held.generation()
                    || held.changedServices() + services.size() > mostChangedServices) {
                return null;
            }
            List<PlacesInMemory.Row> places = jdbc.sql(PLACES + " where p.service_id = any(?)")
                    .param(services.toArray(UUID[]::new)).query(KeptPlaces::row).list();
            return held.withChanges(generation, services, places, openingTimes.of(List.copyOf(services)));
        }));
        if (updated != null) {
            keep(updated);
        }
        return updated;
    }

    /**
     * Keeps a copy unless the one kept is of a later generation, or of the same with fewer services read again
     * (a whole copy and an update can cross; the whole copy searches faster).
     */
    private void keep(PlacesInMemory made) {
        copy.accumulateAndGet(made, (kept, offered) -> kept == null || offered.generation() > kept.generation()
                || (offered.generation() == kept.generation() && offered.changedServices() <= kept.changedServices())
                ? offered : kept);
    }

    private static PlacesInMemory.Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        SearchIndex.Found found = SearchIndex.found(rs);
        Array lexemes = rs.getArray("lexemes");
        return new PlacesInMemory.Row(rs.getObject("service_at_location_id", UUID.class), found,
                rs.getDouble("longitude"), rs.getDouble("latitude"), (String[]) lexemes.getArray());
    }

    private Long generation() {
        return jdbc.sql("select generation from directory_search_generation").query(Long.class).optional()
                .orElse(null);
    }

    @PreDestroy
    void stop() {
        builder.shutdownNow();
    }
}
