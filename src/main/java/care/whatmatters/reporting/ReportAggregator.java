package care.whatmatters.reporting;

import care.whatmatters.reporting.domain.AreaLevel;
import care.whatmatters.reporting.domain.Dimension;
import care.whatmatters.reporting.persistence.CountRepository;
import care.whatmatters.reporting.persistence.Fact;
import care.whatmatters.reporting.persistence.FactRepository;
import care.whatmatters.reporting.persistence.ReportPeopleRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds new facts into the counts every two seconds, in batches, so that writing a fact never waits on a
 * busy count and reading the dashboard never scans facts. Each fact adds one person to a cell for every
 * area it is in and every equity group, plus the overall cell; a retracted person's facts are subtracted
 * the same way. One fold at a time writes counts (a transaction-level advisory lock, so several nodes, or a
 * fold asked for while the scheduled one runs, wait their turn instead of deadlocking on shared cells).
 */
@Component
public class ReportAggregator {

    static final int BATCH = 20_000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportAggregator.class);

    private final FactRepository facts;
    private final CountRepository counts;
    private final ReportPeopleRepository people;
    private final TransactionTemplate transaction;

    ReportAggregator(FactRepository facts, CountRepository counts, ReportPeopleRepository people,
            PlatformTransactionManager transactions) {
        this.facts = facts;
        this.counts = counts;
        this.people = people;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${whatmatters.reporting.aggregate-every:PT2S}")
    void aggregateRegularly() {
        try {
            aggregatePending();
        } catch (DataAccessException | TransactionException e) {
            // The database is out of reach: facts wait and are folded in when it returns.
            log.warn("Report aggregation postponed: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * Folds in everything written so far, in one transaction, so the facts it takes stay locked until their
     * counts are written (an explicit transaction: the scheduled call comes from inside this class, where
     * an annotation would not apply). Answers how many facts were added or taken out.
     */
    public int aggregatePending() {
        Integer done = transaction.execute(status -> fold());
        return done == null ? 0 : done;
    }

    private int fold() {
        counts.takeFoldingTurn();
        int done = 0;
        List<Long> ids;
        do {
            ids = facts.pendingIds(BATCH);
            if (!ids.isEmpty()) {
                counts.add(contributions(facts.byIds(ids), 1));
                facts.markAggregated(ids);
                done += ids.size();
            }
        } while (ids.size() == BATCH);
        for (UUID person : people.retractions()) {
            List<Fact> counted = facts.aggregatedOf(person);
            counts.add(contributions(counted, -1));
            facts.deleteAllOf(person);
            people.retracted(person);
            done += counted.size();
        }
        return done;
    }

    static Map<CountRepository.Key, Long> contributions(List<Fact> batch, long sign) {
        Map<CountRepository.Key, Long> changes = new HashMap<>();
        for (Fact f : batch) {
            Map<AreaLevel, String> areas = new java.util.EnumMap<>(f.areas());
            areas.put(AreaLevel.NATION, "ALL");
            areas.forEach((level, code) -> {
                add(changes, f, level, code, Dimension.ALL, "ALL", sign);
                f.groups().forEach((dimension, value) -> add(changes, f, level, code, dimension, value, sign));
            });
        }
        return changes;
    }

    private static void add(Map<CountRepository.Key, Long> changes, Fact f, AreaLevel level, String code,
            Dimension dimension, String value, long sign) {
        changes.merge(new CountRepository.Key(f.periodKind(), f.periodStart(), level.name(), code, f.measure(),
                f.detail(), dimension.name(), value), sign, Long::sum);
    }
}
