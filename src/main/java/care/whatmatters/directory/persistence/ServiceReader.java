package care.whatmatters.directory.persistence;

import care.whatmatters.directory.domain.Accessibility;
import care.whatmatters.directory.domain.Address;
import care.whatmatters.directory.domain.Assurance;
import care.whatmatters.directory.domain.Capacity;
import care.whatmatters.directory.domain.CapacityStatus;
import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.CostOption;
import care.whatmatters.directory.domain.DirectoryOrganisation;
import care.whatmatters.directory.domain.Eligibility;
import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.domain.Language;
import care.whatmatters.directory.domain.LocationType;
import care.whatmatters.directory.domain.Schedule;
import care.whatmatters.directory.domain.ServiceInfo;
import care.whatmatters.directory.domain.ServiceLocation;
import care.whatmatters.directory.domain.ServiceStatus;
import care.whatmatters.directory.domain.TaxonomyTerm;
import care.whatmatters.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads whole services (with everything nested in them) by id, a page at a time: one query per table. */
@Repository
public class ServiceReader {

    private final JdbcClient jdbc;

    ServiceReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CommunityService> find(UUID id) {
        return load(List.of(id)).stream().findFirst();
    }

    /** The services with these ids, in the order given (ids not found are left out). */
    public List<CommunityService> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ServiceRow> rows = new HashMap<>();
        jdbc.sql("""
                select s.*, o.name as org_name, o.description as org_description, o.email as org_email,
                  o.website as org_website
                from directory_service s join directory_organisation o on o.id = s.organisation_id
                where s.id in (:ids)""")
                .param("ids", ids).query((rs, n) -> row(rs)).list().forEach(r -> rows.put(r.id, r));
        Children children = new Children(jdbc, ids);
        List<CommunityService> services = new ArrayList<>();
        for (UUID id : ids) {
            ServiceRow r = rows.get(id);
            if (r != null) {
                services.add(new CommunityService(id, r.organisation, r.name, r.info, r.status, r.eligibility,
                        r.assurance, r.capacity, r.cost, children.locations(id), children.schedules(id),
                        children.costs(id), children.languages(id), children.terms(id), r.modified));
            }
        }
        return services;
    }

    private static ServiceRow row(ResultSet rs) throws SQLException {
        ServiceRow r = new ServiceRow();
        r.id = rs.getObject("id", UUID.class);
        r.organisation = new DirectoryOrganisation(rs.getObject("organisation_id", UUID.class), rs.getString("org_name"),
                rs.getString("org_description"), rs.getString("org_email"), rs.getString("org_website"));
        r.name = rs.getString("name");
        r.info = new ServiceInfo(rs.getString("description"), rs.getString("url"), rs.getString("email"),
                rs.getString("fees"), rs.getString("accreditations"), rs.getString("alert"));
        r.status = ServiceStatus.fromCode("status", rs.getString("status"));
        r.eligibility = new Eligibility(integer(rs, "minimum_age"), integer(rs, "maximum_age"),
                rs.getString("eligibility"));
        r.assurance = new Assurance(rs.getObject("assured_date", LocalDate.class), rs.getString("assurer_email"));
        r.capacity = new Capacity(CapacityStatus.valueOf(rs.getString("capacity")), integer(rs, "waiting_weeks"));
        long cost = rs.getLong("cost_per_session_pence");
        r.cost = rs.wasNull() ? null : Money.ofPence(cost);
        r.modified = rs.getTimestamp("last_modified").toInstant();
        return r;
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static final class ServiceRow {
        UUID id;
        DirectoryOrganisation organisation;
        String name;
        ServiceInfo info;
        ServiceStatus status;
        Eligibility eligibility;
        Assurance assurance;
        Capacity capacity;
        Money cost;
        java.time.Instant modified;
    }

    /** Everything nested in a set of services, grouped by service. */
    private static final class Children {

        private final Map<UUID, List<ServiceLocation>> locations = new HashMap<>();
        private final Map<UUID, List<Schedule>> schedules = new HashMap<>();
        private final Map<UUID, List<CostOption>> costs = new HashMap<>();
        private final Map<UUID, List<Language>> languages = new HashMap<>();
        private final Map<UUID, List<TaxonomyTerm>> terms = new HashMap<>();

        Children(JdbcClient jdbc, List<UUID> ids) {
            Map<UUID, List<Accessibility>> access = new HashMap<>();
            jdbc.sql("""
                    select a.* from directory_accessibility a
                    where a.location_id in (select location_id from directory_service_at_location where service_id in (:ids))
                    order by a.id""").param("ids", ids).query((rs, n) -> {
                        access.computeIfAbsent(rs.getObject("location_id", UUID.class), k -> new ArrayList<>())
                                .add(new Accessibility(rs.getObject("id", UUID.class), rs.getString("description"),
                                        rs.getString("details")));
                        return null;
                    }).list();
            jdbc.sql("""
                    select sl.id as sal_id, sl.service_id, l.* from directory_service_at_location sl
                    join directory_location l on l.id = sl.location_id where sl.service_id in (:ids) order by sl.id""")
                    .param("ids", ids).query((rs, n) -> add(locations, rs, location(rs, access))).list();
            jdbc.sql("select * from directory_schedule where service_id in (:ids) order by id").param("ids", ids)
                    .query((rs, n) -> add(schedules, rs, ScheduleLookup.schedule(rs))).list();
            jdbc.sql("select * from directory_cost_option where service_id in (:ids) order by id").param("ids", ids)
                    .query((rs, n) -> add(costs, rs, new CostOption(rs.getObject("id", UUID.class), rs.getString("option"),
                            amount(rs), rs.getString("amount_description")))).list();
            jdbc.sql("select * from directory_language where service_id in (:ids) order by id").param("ids", ids)
                    .query((rs, n) -> add(languages, rs, new Language(rs.getObject("id", UUID.class),
                            rs.getString("name"), rs.getString("code")))).list();
            jdbc.sql("""
                    select a.service_id, t.* from directory_service_attribute a
                    join directory_taxonomy_term t on t.id = a.taxonomy_term_id where a.service_id in (:ids)
                    order by t.name""").param("ids", ids)
                    .query((rs, n) -> add(terms, rs, new TaxonomyTerm(rs.getObject("id", UUID.class),
                            rs.getString("name"), rs.getString("description"), rs.getObject("taxonomy_id", UUID.class),
                            rs.getString("taxonomy"), rs.getObject("parent_id", UUID.class)))).list();
        }

        private static <T> Object add(Map<UUID, List<T>> into, ResultSet rs, T item) throws SQLException {
            into.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>()).add(item);
            return item;
        }

        private static ServiceLocation location(ResultSet rs, Map<UUID, List<Accessibility>> access) throws SQLException {
            UUID id = rs.getObject("id", UUID.class);
            double lat = rs.getDouble("latitude");
            GeoPoint point = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble("longitude"));
            UUID addressId = rs.getObject("address_id", UUID.class);
            Address address = addressId == null ? null : new Address(addressId, rs.getString("address_1"),
                    rs.getString("city"), rs.getString("state_province"), rs.getString("postal_code"),
                    rs.getString("country"));
            return new ServiceLocation(rs.getObject("sal_id", UUID.class), id,
                    LocationType.fromCode("location_type", rs.getString("location_type")), rs.getString("name"),
                    rs.getString("description"), point, address, access.getOrDefault(id, List.of()));
        }

        private static Money amount(ResultSet rs) throws SQLException {
            long pence = rs.getLong("amount_pence");
            return rs.wasNull() ? null : Money.ofPence(pence);
        }

        List<ServiceLocation> locations(UUID id) {
            return locations.getOrDefault(id, List.of());
        }

        List<Schedule> schedules(UUID id) {
            return schedules.getOrDefault(id, List.of());
        }

        List<CostOption> costs(UUID id) {
            return costs.getOrDefault(id, List.of());
        }

        List<Language> languages(UUID id) {
            return languages.getOrDefault(id, List.of());
        }

        List<TaxonomyTerm> terms(UUID id) {
            return terms.getOrDefault(id, List.of());
        }
    }
}
