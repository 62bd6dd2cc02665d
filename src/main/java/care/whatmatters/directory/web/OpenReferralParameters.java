package care.whatmatters.directory.web;

import care.whatmatters.directory.PostcodeDistricts;
import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.ServiceFilter;
import care.whatmatters.shared.InputCheck;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code /services} query parameters of the Open Referral UK API: {@code search, page, per_page,
 * taxonomy_term_id, taxonomy_id, minimum_age, maximum_age, start_time, end_time, day}, and proximity as the
 * profile's {@code postcode} with {@code proximity} in metres (or {@code lat} and {@code lng}).
 */
@Component
class OpenReferralParameters {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 200;
    static final int DEFAULT_PROXIMITY_METRES = 5000;
    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private final PostcodeDistricts postcodes;

    OpenReferralParameters(PostcodeDistricts postcodes) {
        this.postcodes = postcodes;
    }

    record Request(ServiceFilter filter, int page, int perPage) {
    }

    Request read(Map<String, String> q) {
        InputCheck check = new InputCheck();
        int page = integer(check, q, "page", 1, 1, 1_000_000);
        int perPage = integer(check, q, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
        Integer minAge = q.containsKey("minimum_age") ? integer(check, q, "minimum_age", 0, 0, 130) : null;
        Integer maxAge = q.containsKey("maximum_age") ? integer(check, q, "maximum_age", 0, 0, 130) : null;
        GeoPoint near = near(check, q);
        double radiusKm = integer(check, q, "proximity", DEFAULT_PROXIMITY_METRES, 1, 200_000) / 1000.0;
        ServiceFilter filter = new ServiceFilter(check.text("search", q.get("search"), 500)
                        .hasProblemWith("search") ? null : q.get("search"),
                uuid(check, q, "taxonomy_term_id"), uuid(check, q, "taxonomy_id"), minAge, maxAge,
                time(check, q, "start_time"), time(check, q, "end_time"), day(check, q.get("day")), near, radiusKm);
        check.orThrow();
        return new Request(filter, page, perPage);
    }

    private GeoPoint near(InputCheck check, Map<String, String> q) {
        if (q.containsKey("lat") || q.containsKey("lng")) {
            try {
                return check.value(() -> new GeoPoint(Double.parseDouble(q.get("lat")), Double.parseDouble(q.get("lng"))));
            } catch (NumberFormatException | NullPointerException e) {
                check.that(false, "lat", "and lng must both be numbers (degrees)");
                return null;
            }
        }
        String postcode = q.get("postcode");
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        GeoPoint centre = postcodes.centreOf(postcode).orElse(null);
        check.that(centre != null, "postcode", "is not in a postcode district this directory knows");
        return centre;
    }

    private static int integer(InputCheck check, Map<String, String> q, String name, int fallback, int min, int max) {
        String value = q.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = new java.math.BigDecimal(value.strip()).intValueExact();
            check.that(parsed >= min && parsed <= max, name, "must be a whole number from " + min + " to " + max);
            return Math.max(min, Math.min(max, parsed));
        } catch (NumberFormatException | ArithmeticException e) {
            check.that(false, name, "must be a whole number");
            return fallback;
        }
    }

    private static UUID uuid(InputCheck check, Map<String, String> q, String name) {
        String value = q.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            check.that(false, name, "must be a UUID");
            return null;
        }
    }

    private static LocalTime time(InputCheck check, Map<String, String> q, String name) {
        String value = q.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            check.that(false, name, "must be a time such as 09:30 or 09:30:00");
            return null;
        }
    }

    /** A day as RFC 5545 writes it (TU) or by name (tuesday). */
    private static String day(InputCheck check, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        code = code.length() > 2 ? code.substring(0, 2) : code;
        check.that(DAYS.contains(code), "day", "must be a day, such as TU or tuesday");
        return DAYS.contains(code) ? code : null;
    }
}
