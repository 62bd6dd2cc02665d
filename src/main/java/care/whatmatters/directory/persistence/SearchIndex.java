package care.whatmatters.directory.persistence;

import care.whatmatters.directory.domain.Assurance;
import care.whatmatters.directory.domain.Capacity;
import care.whatmatters.directory.domain.CapacityStatus;
import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.domain.SearchCriteria;
import care.whatmatters.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the services a search could return, using the indexes: full text through the GIN index on
 * {@code search_vector} (any of the need's words), and place through the GiST index on the locations' points
 * (a bounding box around the point, nearest first). At most {@value #CANDIDATES} candidates go on to be
 * ranked exactly in Java, so a search costs the same however large the directory grows.
 */
@Repository
public class SearchIndex {

    static final int CANDIDATES = 400;

    private static final String COLUMNS = """
            s.id, s.name, o.name as organisation, coalesce(s.description, '') || ' ' || s.search_text as words,
            s.capacity, s.waiting_weeks, s.cost_per_session_pence, s.assured_date, s.completeness,
            l.latitude, l.longitude, l.postal_code, l.step_free""";

    private final JdbcClient jdbc;

    SearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row found by the index, before its opening times are known. */
    public record Found(UUID id, String name, String organisation, String words, Capacity capacity, Money cost,
            Assurance assurance, int completeness, GeoPoint point, String postcode, boolean stepFree) {
    }

    public List<Found> candidates(SearchCriteria criteria, List<String> terms) {
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS);
        Map<String, Object> params = new LinkedHashMap<>();
        if (criteria.point() != null) {
            GeoPoint.Box box = criteria.point().boxAround(criteria.radiusKm());
            sql.append("""
                     from directory_location l
                    join directory_service_at_location sl on sl.location_id = l.id
                    join directory_service s on s.id = sl.service_id
                    join directory_organisation o on o.id = s.organisation_id
                    where l.latitude is not null and l.longitude is not null
                      and point(l.longitude, l.latitude) <@ box(point(:minLng, :minLat), point(:maxLng, :maxLat))""");
            params.put("minLng", box.minLongitude());
            params.put("minLat", box.minLatitude());
            params.put("maxLng", box.maxLongitude());
            params.put("maxLat", box.maxLatitude());
        } else {
            sql.append("""
                     from directory_service s
                    join directory_organisation o on o.id = s.organisation_id
                    left join lateral (select l.* from directory_service_at_location sl
                      join directory_location l on l.id = sl.location_id where sl.service_id = s.id
                      order by l.latitude is null, sl.id limit 1) l on true
                    where true""");
        }
        sql.append(" and s.status = 'active'");
        filters(sql, params, criteria, terms);
        sql.append(" order by ");
        if (!terms.isEmpty()) {
            sql.append("ts_rank_cd(s.search_vector, to_tsquery('english', :query)) desc, ");
        }
        if (criteria.point() != null) {
            sql.append("point(l.longitude, l.latitude) <-> point(:lng, :lat), ");
            params.put("lng", criteria.point().longitude());
            params.put("lat", criteria.point().latitude());
        }
        sql.append("s.completeness desc, s.id limit ").append(CANDIDATES);
        Map<UUID, Found> unique = new LinkedHashMap<>();
        jdbc.sql(sql.toString()).params(params).query((rs, n) -> found(rs)).list()
                .forEach(f -> unique.putIfAbsent(f.id(), f));
        return List.copyOf(unique.values());
    }

    private static void filters(StringBuilder sql, Map<String, Object> params, SearchCriteria criteria,
            List<String> terms) {
        if (!terms.isEmpty()) {
            sql.append(" and s.search_vector @@ to_tsquery('english', :query)");
            params.put("query", String.join(" | ", terms));
        }
        if (criteria.maxCost() != null) {
            sql.append(" and s.cost_per_session_pence <= :maxCost");
            params.put("maxCost", criteria.maxCost().pence());
        }
        if (criteria.hideFull()) {
            sql.append(" and s.capacity <> 'FULL'");
        }
        if (criteria.stepFree()) {
            sql.append(" and l.step_free");
        }
    }

    private static Found found(ResultSet rs) throws SQLException {
        long cost = rs.getLong("cost_per_session_pence");
        Money money = rs.wasNull() ? null : Money.ofPence(cost);
        double lat = rs.getDouble("latitude");
        GeoPoint point = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble("longitude"));
        return new Found(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organisation"),
                rs.getString("name") + " " + rs.getString("words"),
                new Capacity(CapacityStatus.valueOf(rs.getString("capacity")), ServiceReader.integer(rs, "waiting_weeks")),
                money, new Assurance(rs.getObject("assured_date", LocalDate.class), null), rs.getInt("completeness"),
                point, rs.getString("postal_code"), rs.getBoolean("step_free"));
    }
}
