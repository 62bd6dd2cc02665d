package care.whatmatters.directory.domain;

import care.whatmatters.shared.InvalidInputException;

/** A point on the earth (WGS 84 degrees), and the distances between points. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw InvalidInputException.of("latitude", "must be between -90 and 90");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw InvalidInputException.of("longitude", "must be between -180 and 180");
        }
    }

    /** Great-circle distance by the haversine formula; within 0.5% of the true distance in the UK. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLng = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The smallest latitude/longitude box that holds every point within {@code radiusKm}: a cheap index
     * prefilter, after which the exact distance decides.
     */
    public Box boxAround(double radiusKm) {
        double dLat = Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
        double cos = Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        double dLng = Math.min(180, dLat / cos);
        return new Box(latitude - dLat, longitude - dLng, latitude + dLat, longitude + dLng);
    }

    public record Box(double minLatitude, double minLongitude, double maxLatitude, double maxLongitude) {
    }
}
