package care.whatmatters.directory.domain;

import care.whatmatters.shared.Money;
import java.util.UUID;

/**
 * A service the index found for a search, with what ranking needs to know about it.
 *
 * @param text      the words of its name, description and categories, to explain what matched; kept in lower
 *                  case, as matching compares it (text already in lower case is kept as it is)
 * @param point     its nearest located place, or null
 * @param openNow   whether one of its schedules is open at the time of the search
 */
public record SearchCandidate(UUID id, String name, String organisation, String text, Capacity capacity,
        Money costPerSession, Assurance assurance, int completeness, GeoPoint point, String postcode,
        boolean stepFree, boolean openNow, String opening) {

    public SearchCandidate {
        text = NeedWords.Matcher.lowerCase(text);
    }
}
