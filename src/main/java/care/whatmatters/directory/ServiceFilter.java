package care.whatmatters.directory;

import care.whatmatters.directory.domain.GeoPoint;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The Open Referral UK {@code /services} filters; null means "not asked for". {@code day} is an RFC 5545
 * code such as TU; {@code near} with {@code radiusKm} keeps services with a place within that distance.
 */
public record ServiceFilter(String search, UUID taxonomyTermId, UUID taxonomyId, Integer minimumAge,
        Integer maximumAge, LocalTime startTime, LocalTime endTime, String day, GeoPoint near, double radiusKm) {
}
