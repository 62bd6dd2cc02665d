package care.whatmatters.reporting.persistence;

import care.whatmatters.reporting.domain.AreaLevel;
import care.whatmatters.reporting.domain.Dimension;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * One person counted once for one measure in one period, with the areas and equity groups they were in
 * on the day.
 */
public record Fact(UUID person, String measure, String detail, String periodKind, LocalDate periodStart,
        LocalDate occurredOn, Map<AreaLevel, String> areas, Map<Dimension, String> groups, boolean dataOptOut) {

    public Fact {
        areas = new EnumMap<>(areas);
        groups = new EnumMap<>(groups);
    }
}
