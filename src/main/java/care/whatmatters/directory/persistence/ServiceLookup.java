package care.whatmatters.directory.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The keys an import compares a record with: what is stored under its id, its fingerprint and its name. */
@Repository
public class ServiceLookup {

    private final JdbcClient jdbc;

    ServiceLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is stored under an id: its fingerprint and organisation. */
    public record Stored(UUID id, UUID organisation, String fingerprint) {
    }

    public Optional<Stored> byId(UUID id) {
        return jdbc.sql("select id, organisation_id, fingerprint from directory_service where id = ?").param(id)
                .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .optional();
    }

    public Optional<UUID> byFingerprint(String fingerprint, UUID other) {
        return jdbc.sql("select id from directory_service where fingerprint = ? and id <> ? order by created_at limit 1")
                .params(fingerprint, other).query(UUID.class).optional();
    }

    public Optional<UUID> byDuplicateKey(String key, UUID other) {
        return jdbc.sql("select id from directory_service where duplicate_key = ? and id <> ? order by created_at limit 1")
                .params(key, other).query(UUID.class).optional();
    }

    public List<UUID> ofOrganisation(UUID organisation) {
        return jdbc.sql("select id from directory_service where organisation_id = ? order by name, id")
                .param(organisation).query(UUID.class).list();
    }

    public Optional<String> organisationName(UUID organisation) {
        return jdbc.sql("select name from directory_organisation where id = ?").param(organisation)
                .query(String.class).optional();
    }

    /** Every category services are tagged with, by name. */
    public List<care.whatmatters.directory.domain.TaxonomyTerm> terms() {
        return jdbc.sql("select * from directory_taxonomy_term order by name").query((rs, n) ->
                new care.whatmatters.directory.domain.TaxonomyTerm(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("description"), rs.getObject("taxonomy_id", UUID.class), rs.getString("taxonomy"),
                        rs.getObject("parent_id", UUID.class))).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from directory_service").query(Long.class).single();
    }

    /** The services offered at a place, by name. */
    public List<UUID> servicesAt(UUID location) {
        return jdbc.sql("""
                select s.id from directory_service_at_location sl join directory_service s on s.id = sl.service_id
                where sl.location_id = ? order by s.name, s.id""").param(location).query(UUID.class).list();
    }

    private static final String USED =
            "exists (select 1 from directory_service_at_location sl where sl.location_id = l.id)";

    /** A page of the places services are offered at, in id order. */
    public List<UUID> locations(int limit, long offset) {
        return jdbc.sql("select l.id from directory_location l where " + USED + " order by l.id limit ? offset ?")
                .params(limit, offset)
                .query(UUID.class).list();
    }

    public long locationCount() {
        return jdbc.sql("select count(*) from directory_location l where " + USED).query(Long.class).single();
    }
}
