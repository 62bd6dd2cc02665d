package care.whatmatters.directory.domain;

import java.util.List;

/**
 * A search result in rank order, with the reasons it is there in the words a link worker reads out
 * ("matches goal 'meet people', 1.2 km, free, taking referrals, assured 2 months ago").
 *
 * @param distanceKm null when the search had no point
 */
public record RankedService(SearchCandidate service, double score, Double distanceKm, List<String> reasons) {

    public String explanation() {
        return String.join(", ", reasons);
    }
}
