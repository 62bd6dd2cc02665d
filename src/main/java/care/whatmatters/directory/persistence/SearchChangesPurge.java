package care.whatmatters.directory.persistence;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the log of which services each generation of the searchable places changed (V076) once it is older
 * than {@code whatmatters.directory.search-changes-kept} (an hour): a node's copy is brought up to date within
 * seconds of a change, and one older than that (a node that was paused) finds a step missing and copies the
 * whole table again. Every node runs it; two at once delete the same rows, which is harmless.
 */
@Component
class SearchChangesPurge {

    private static final Logger LOG = LoggerFactory.getLogger(SearchChangesPurge.class);

    private final JdbcClient jdbc;
    private final Duration kept;

    SearchChangesPurge(JdbcClient jdbc, @Value("${whatmatters.directory.search-changes-kept:PT1H}") Duration kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    @Scheduled(fixedDelayString = "${whatmatters.directory.search-changes-purge-every:PT10M}")
    void purgeRegularly() {
        try {
            purge();
        } catch (DataAccessException e) {
            // The database is out of reach: the rows wait for the next turn.
            LOG.warn("Directory change log purge postponed: {}", e.getClass().getSimpleName());
        }
    }

    /** Deletes the changes logged longer ago than the retention; answers how many rows went. */
    int purge() {
        return jdbc.sql("delete from directory_search_change where changed_at < now() - make_interval(secs => ?)")
                .param((double) kept.toSeconds()).update();
    }
}
