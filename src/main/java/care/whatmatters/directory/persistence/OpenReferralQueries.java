package care.whatmatters.directory.persistence;

import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.ServiceFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code /openreferral/services} listing: which services match the standard's filters, a page at a
 * time, in a stable order (by name, then id).
 */
@Repository
public class OpenReferralQueries {

    private final JdbcClient jdbc;

    OpenReferralQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Page(long total, List<UUID> ids) {
    }

    public Page page(ServiceFilter f, int page, int perPage) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params);
        long total = jdbc.sql("select count(*) from directory_service s where " + where).params(params)
                .query(Long.class).single();
        params.put("limit", perPage);
        params.put("offset", (long) (page - 1) * perPage);
        List<UUID> ids = jdbc.sql("select s.id from directory_service s where " + where
                        + " order by s.name, s.id limit :limit offset :offset").params(params)
                .query(UUID.class).list();
        return new Page(total, ids);
    }

    private static String where(ServiceFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("true");
        if (f.search() != null && !f.search().isBlank()) {
            w.append(" and s.search_vector @@ plainto_tsquery('english', :query)");
            params.put("query", f.search());
        }
        if (f.taxonomyTermId() != null) {
            w.append(" and exists (select 1 from directory_service_attribute a where a.service_id = s.id"
                    + " and a.taxonomy_term_id = :term)");
            params.put("term", f.taxonomyTermId());
        }
        if (f.taxonomyId() != null) {
            w.append(" and exists (select 1 from directory_service_attribute a join directory_taxonomy_term t"
                    + " on t.id = a.taxonomy_term_id where a.service_id = s.id and t.taxonomy_id = :taxonomy)");
            params.put("taxonomy", f.taxonomyId());
        }
        if (f.minimumAge() != null) {
            w.append(" and s.minimum_age >= :minAge");
            params.put("minAge", f.minimumAge());
        }
        if (f.maximumAge() != null) {
            w.append(" and s.maximum_age <= :maxAge");
            params.put("maxAge", f.maximumAge());
        }
        schedule(w, params, f);
        if (f.near() != null) {
            // The box uses the index; the haversine distance then keeps only what is truly within the radius.
            GeoPoint.Box box = f.near().boxAround(f.radiusKm());
            w.append(" and exists (select 1 from directory_service_at_location sl join directory_location l"
                    + " on l.id = sl.location_id where sl.service_id = s.id and l.latitude is not null"
                    + " and point(l.longitude, l.latitude) <@ box(point(:minLng, :minLat), point(:maxLng, :maxLat))"
                    + " and 2 * 6371.0088 * asin(sqrt(power(sin(radians(l.latitude - :lat) / 2), 2)"
                    + " + cos(radians(:lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - :lng) / 2), 2)))"
                    + " <= :km)");
            params.put("minLng", box.minLongitude());
            params.put("minLat", box.minLatitude());
            params.put("maxLng", box.maxLongitude());
            params.put("maxLat", box.maxLatitude());
            params.put("lat", f.near().latitude());
            params.put("lng", f.near().longitude());
            params.put("km", f.radiusKm());
        }
        return w.toString();
    }

    private static void schedule(StringBuilder w, Map<String, Object> params, ServiceFilter f) {
        if (f.startTime() == null && f.endTime() == null && f.day() == null) {
            return;
        }
        w.append(" and exists (select 1 from directory_schedule sc where sc.service_id = s.id");
        if (f.startTime() != null) {
            w.append(" and sc.opens_at >= :start");
            params.put("start", f.startTime());
        }
        if (f.endTime() != null) {
            w.append(" and sc.closes_at <= :end");
            params.put("end", f.endTime());
        }
        if (f.day() != null) {
            w.append(" and (',' || sc.byday || ',') ~ :day");
            params.put("day", ",-?[0-9]?" + f.day() + ",");
        }
        w.append(")");
    }
}
