package care.whatmatters.reporting.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which place and integrated care system a postcode district belongs to, by the longest matching prefix
 * of the district ("LS" covers LS1 to LS29; "WF10" can be mapped apart from "WF"). Configuration: a real
 * deployment loads the ONS postcode directory's lookup instead of prefixes.
 */
public record Areas(List<Area> areas) {

    public record Area(String prefix, String place, String ics) {
    }

    public Optional<Area> of(String district) {
        if (district == null) {
            return Optional.empty();
        }
        return areas.stream()
                .filter(a -> district.startsWith(a.prefix()) && isDistrictBoundary(district, a.prefix()))
                .max(Comparator.comparingInt(a -> a.prefix().length()));
    }

    /** "LS" matches "LS6" but not "LSX1"; a prefix must end where the letters end or be the whole district. */
    private static boolean isDistrictBoundary(String district, String prefix) {
        return district.length() == prefix.length() || Character.isDigit(district.charAt(prefix.length()))
                || Character.isDigit(prefix.charAt(prefix.length() - 1));
    }
}
