package care.whatmatters.directory.persistence;

import care.whatmatters.directory.domain.Schedule;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.sql.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * as before and a new copy is made in the background: one at a time, and not sooner than {@code rebuildGap}
 * after the last one started, so a burst of edits costs the database path for a while, not a core spent
 * copying.
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

    /** The opening times of the services that have a place, in the order {@link ScheduleLookup} reads them. */
    private static final String OPENING_TIMES = """
            select * from directory_schedule
            where service_id in (select service_id from directory_search_place) order by id""";

    private final JdbcClient jdbc;
    private final TransactionTemplate oneSnapshot;
    private final boolean enabled;
    private final long rebuildGapNanos;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("directory-places-copy").factory());
    private final AtomicBoolean building = new AtomicBoolean();
    private final Timer copying;
    private volatile PlacesInMemory copy;
    private volatile long lastStart = System.nanoTime() - Long.MAX_VALUE / 2;

    KeptPlaces(JdbcClient jdbc, PlatformTransactionManager transactions, MeterRegistry meters,
            @Value("${whatmatters.directory.places-in-memory:true}") boolean enabled,
            @Value("${whatmatters.directory.places-rebuild-gap:PT5S}") Duration rebuildGap) {
        this.jdbc = jdbc;
        // For operators: how long a copy takes to make, and how many places the one in use holds.
        this.copying = Timer.builder("whatmatters.directory.places.copy")
                .description("Time to copy the directory's searchable places into this node's memory").register(meters);
        Gauge.builder("whatmatters.directory.places.kept", this, kept -> kept.copy == null ? 0 : kept.copy.size())
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
    }

    /**
     * The copy, if it is the directory as committed now; otherwise null (search the database), and a new
     * copy is started if none is being made and the gap since the last has passed.
     */
    PlacesInMemory current() {
        if (!enabled) {
            return null;
        }
        Long generation = generation();
        PlacesInMemory held = copy;
        if (generation != null && held != null && held.generation() == generation) {
            return held;
        }
        if (generation != null && System.nanoTime() - lastStart >= rebuildGapNanos && building.compareAndSet(false, true)) {
            lastStart = System.nanoTime();
            try {
                builder.execute(() -> {
                    try {
                        copyNow();
                    } catch (RuntimeException e) {
                        // Searches go on using the database; the next one finding no usable copy tries again.
                        LOG.warn("Could not copy the directory's places into memory: {}", e.toString());
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
            List<PlacesInMemory.Row> places = jdbc.sql(PLACES).query((rs, n) -> {
                SearchIndex.Found found = SearchIndex.found(rs);
                Array lexemes = rs.getArray("lexemes");
                return new PlacesInMemory.Row(rs.getObject("service_at_location_id", UUID.class), found,
                        rs.getDouble("longitude"), rs.getDouble("latitude"), (String[]) lexemes.getArray());
            }).list();
            Map<UUID, List<Schedule>> openingTimes = new HashMap<>();
            jdbc.sql(OPENING_TIMES).query((RowCallbackHandler) rs -> openingTimes
                    .computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                    .add(ScheduleLookup.schedule(rs)));
            return new PlacesInMemory(generation, places, openingTimes);
        }));
        copy = made;
        return made;
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
