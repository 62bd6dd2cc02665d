package care.whatmatters.directory.web;

import care.whatmatters.directory.DirectorySearch;
import care.whatmatters.directory.PostcodeDistricts;
import care.whatmatters.directory.ServiceMatchView;
import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.domain.SearchCriteria;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/directory")
@Tag(name = "Community directory", description = "Goal-aware, explainable search of community services")
class DirectorySearchApi {

    private final DirectorySearch search;
    private final PostcodeDistricts postcodes;

    DirectorySearchApi(DirectorySearch search, PostcodeDistricts postcodes) {
        this.search = search;
        this.postcodes = postcodes;
    }

    record SearchResults(int count, Double lat, Double lng, double radiusKm, List<ServiceMatchView> results) {
    }

    @GetMapping("/search")
    @Operation(summary = "Search the directory, ranked and explained",
            description = "q: the need in words; goal: a goal from the person's plan, in their words; lat and lng "
                    + "(or postcode) with radiusKm (default 5): where to measure distance from; maxCostPence: the "
                    + "most a session may cost (0 for free only); openNow, stepFree, hideFull: filters. Each result "
                    + "says why it is there, e.g. \"matches goal 'meet people', 1.2 km, free, taking referrals, "
                    + "assured 2 months ago\".")
    SearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) String goal,
            @RequestParam(required = false) Double lat, @RequestParam(required = false) Double lng,
            @RequestParam(required = false) String postcode, @RequestParam(required = false) Double radiusKm,
            @RequestParam(required = false) Long maxCostPence, @RequestParam(defaultValue = "false") boolean openNow,
            @RequestParam(defaultValue = "false") boolean stepFree, @RequestParam(defaultValue = "false") boolean hideFull,
            @RequestParam(defaultValue = "20") int limit) {
        GeoPoint point = point(lat, lng, postcode);
        double radius = radiusKm == null ? SearchCriteria.DEFAULT_RADIUS_KM : radiusKm;
        SearchCriteria criteria = new SearchCriteria(q, goal, point, radius,
                maxCostPence == null ? null : Money.ofPence(maxCostPence), openNow, stepFree, hideFull, limit);
        List<ServiceMatchView> results = ServiceMatchView.of(search.search(criteria));
        return new SearchResults(results.size(), point == null ? null : point.latitude(),
                point == null ? null : point.longitude(), radius, results);
    }

    private GeoPoint point(Double lat, Double lng, String postcode) {
        if (lat != null || lng != null) {
            if (lat == null || lng == null) {
                throw InvalidInputException.of(lat == null ? "lat" : "lng", "is needed with the other coordinate");
            }
            return new GeoPoint(lat, lng);
        }
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        return postcodes.centreOf(postcode).orElseThrow(() ->
                InvalidInputException.of("postcode", "is not in a postcode district this directory knows"));
    }
}
