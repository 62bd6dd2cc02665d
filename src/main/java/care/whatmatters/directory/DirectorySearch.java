package care.whatmatters.directory;

import care.whatmatters.directory.domain.Ranking;
import care.whatmatters.directory.domain.RankedService;
import care.whatmatters.directory.domain.Schedule;
import care.whatmatters.directory.domain.SearchCandidate;
import care.whatmatters.directory.domain.SearchCriteria;
import care.whatmatters.directory.persistence.OpeningTimes;
import care.whatmatters.directory.persistence.SearchIndex;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Goal-aware directory search: the index finds candidates (any word of the need or goal, within a box
 * around the point), their opening times are checked against the time now, and {@link Ranking} orders them
 * and explains each. The directory holds no personal data, so searching needs no access check. Opening times
 * are read for the results only, unless "open now" is asked for and so decides which candidates pass.
 */
@Service
public class DirectorySearch {

    private final SearchIndex index;
    private final DirectorySettings settings;
    private final Clock clock;

    DirectorySearch(SearchIndex index, DirectorySettings settings, Clock clock) {
        this.index = index;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Not one transaction: a search near a point whose candidates come from this node's copy reads only the
     * copy's generation, and the index reads the rest in a transaction of its own when it needs the database.
     */
    public List<RankedService> search(SearchCriteria criteria) {
        SearchIndex.Candidates candidates = index.candidates(criteria, criteria.searchTerms());
        List<SearchIndex.Found> found = candidates.found();
        OpeningTimes schedules = candidates.openingTimes();
        LocalDateTime now = LocalDateTime.now(clock);
        if (criteria.openNow()) {
            // "Open now" decides which candidates pass, so every candidate's opening times are needed.
            Map<UUID, List<Schedule>> times = schedules.of(found.stream().map(SearchIndex.Found::id).toList());
            return Ranking.rank(found.stream().map(f -> withOpening(candidate(f), times, now)).toList(), criteria,
                    LocalDate.now(clock), settings.staleAfter());
        }
        // Otherwise opening times only show on the results, so only theirs are read.
        List<RankedService> ranked = Ranking.rank(found.stream().map(DirectorySearch::candidate).toList(),
                criteria, LocalDate.now(clock), settings.staleAfter());
        Map<UUID, List<Schedule>> times = schedules.of(ranked.stream().map(r -> r.service().id()).toList());
        return ranked.stream().map(r -> new RankedService(withOpening(r.service(), times, now), r.score(),
                r.distanceKm(), r.reasons())).toList();
    }

    /** A candidate as the index found it, before its opening times are read. */
    private static SearchCandidate candidate(SearchIndex.Found f) {
        return new SearchCandidate(f.id(), f.name(), f.organisation(), f.words(), f.capacity(), f.cost(),
                f.assurance(), f.completeness(), f.point(), f.postcode(), f.stepFree(), false, "");
    }

    /** The candidate with its opening times: whether it is open now, and when it opens. */
    private static SearchCandidate withOpening(SearchCandidate c, Map<UUID, List<Schedule>> times, LocalDateTime now) {
        List<Schedule> open = times.getOrDefault(c.id(), List.of());
        return new SearchCandidate(c.id(), c.name(), c.organisation(), c.text(), c.capacity(), c.costPerSession(),
                c.assurance(), c.completeness(), c.point(), c.postcode(), c.stepFree(),
                open.stream().anyMatch(s -> s.isOpenAt(now)),
                open.stream().map(Schedule::describe).filter(d -> !d.isBlank()).collect(Collectors.joining("; ")));
    }
}
