package care.whatmatters.directory;

import care.whatmatters.directory.domain.RankedService;
import care.whatmatters.directory.domain.SearchCandidate;
import java.util.List;
import java.util.UUID;

/**
 * One ranked search result as the JSON API shows it, with the explanation a link worker can read out.
 *
 * @param distanceKm null when the search had no point; rounded to 0.1 km
 */
public record ServiceMatchView(int rank, UUID serviceId, String name, String organisation, double score,
        Double distanceKm, Long costPerSessionPence, String capacity, Integer waitingWeeks, boolean openNow,
        boolean stepFree, String opening, String postcode, String explanation, List<String> reasons) {

    public static List<ServiceMatchView> of(List<RankedService> ranked) {
        List<ServiceMatchView> views = new java.util.ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            RankedService r = ranked.get(i);
            SearchCandidate s = r.service();
            views.add(new ServiceMatchView(i + 1, s.id(), s.name(), s.organisation(), r.score(),
                    r.distanceKm() == null ? null : Math.round(r.distanceKm() * 10) / 10.0,
                    s.costPerSession() == null ? null : s.costPerSession().pence(), s.capacity().status().name(),
                    s.capacity().waitingWeeks(), s.openNow(), s.stepFree(), s.opening(), s.postcode(), r.explanation(),
                    r.reasons()));
        }
        return views;
    }
}
