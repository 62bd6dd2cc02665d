package care.whatmatters.selfmanagement.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The support offers that suit each activation level, tailored to the person: an app-only offer is never
 * suggested to someone it cannot reach; its configured alternative is suggested in its place.
 */
public record SupportCatalogue(List<SupportOffer> offers) {

    public SupportCatalogue {
        offers = List.copyOf(offers);
        Map<String, SupportOffer> byKey = offers.stream().collect(Collectors.toMap(SupportOffer::key, Function.identity()));
        for (SupportOffer o : offers) {
            if (o.appOnly() && (o.alternative() == null || !byKey.containsKey(o.alternative())
                    || byKey.get(o.alternative()).appOnly())) {
                throw new IllegalStateException("App-only support '" + o.key() + "' needs an alternative that is not "
                        + "app-only, so no one is left without an offer");
            }
        }
    }

    /** The offers for the level; app-only ones the person cannot use are replaced by their alternatives. */
    public List<SupportSuggestion> suggest(int level, DigitalReach reach) {
        Map<String, SupportOffer> byKey = offers.stream().collect(Collectors.toMap(SupportOffer::key, Function.identity()));
        Map<String, SupportSuggestion> suggestions = new LinkedHashMap<>();
        for (SupportOffer o : offers) {
            if (!o.levels().contains(level)) {
                continue;
            }
            SupportSuggestion s = o.appOnly() && !reach.appOnlySuitable()
                    ? new SupportSuggestion(byKey.get(o.alternative()), o) : new SupportSuggestion(o, null);
            // One line per offer; when an offer is also an alternative, say which app-only offer it replaces.
            suggestions.merge(s.offer().key(), s, (had, next) -> had.replacesAppOnly() ? had : next);
        }
        return List.copyOf(suggestions.values());
    }
}
