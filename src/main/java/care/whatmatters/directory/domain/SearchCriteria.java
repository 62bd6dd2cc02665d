package care.whatmatters.directory.domain;

import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * What a link worker is looking for: a need in words, a goal from the person's plan, a point to measure
 * distance from (the person's postcode or a place) and a radius, a cost ceiling, and whether the service
 * must be open now, step-free, or not full.
 */
public record SearchCriteria(String need, String goal, GeoPoint point, double radiusKm, Money maxCost,
        boolean openNow, boolean stepFree, boolean hideFull, int limit) {

    public static final double DEFAULT_RADIUS_KM = 5;
    public static final int DEFAULT_LIMIT = 20;

    public SearchCriteria {
        new InputCheck().text("q", need, 500).text("goal", goal, 500)
                .that(radiusKm > 0 && radiusKm <= 200, "radiusKm", "must be more than 0 and at most 200 km")
                .that(maxCost == null || maxCost.pence() >= 0, "maxCostPence", "cannot be negative")
                .that(limit >= 1 && limit <= 100, "limit", "must be from 1 to 100")
                .orThrow();
    }

    public NeedWords needWords() {
        return NeedWords.of(need);
    }

    public NeedWords goalWords() {
        return NeedWords.of(goal);
    }

    /** The words to look for: the need's search terms, then the goal's that the need does not have. */
    public List<String> searchTerms() {
        List<String> terms = new ArrayList<>(needWords().searchTerms());
        goalWords().searchTerms().stream().filter(t -> !terms.contains(t)).forEach(terms::add);
        return terms;
    }
}
