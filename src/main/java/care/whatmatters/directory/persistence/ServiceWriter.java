package care.whatmatters.directory.persistence;

import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.DirectoryOrganisation;
import care.whatmatters.directory.domain.ServiceLocation;
import care.whatmatters.directory.domain.TaxonomyTerm;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores a service with everything nested in it. The service row is upserted (its version counts changes);
 * its schedules, costs, languages, categories and places are replaced by the ones given, so what is stored
 * is exactly what was checked. Shared rows (organisations, places, categories) are upserted by id.
 */
@Repository
public class ServiceWriter {

    private final JdbcClient jdbc;

    ServiceWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the writer stores beside the service itself: derived scores and keys, and who changed it. */
    public record Derived(int completeness, String fingerprint, String duplicateKey, UUID likelyDuplicateOf,
            String by, Instant at) {
    }

    public void save(CommunityService s, Derived d) {
        organisation(s.organisation(), s.lastModified());
        s.terms().forEach(this::term);
        service(s, d);
        replaceChildren(s);
    }

    private void organisation(DirectoryOrganisation o, Instant modified) {
        jdbc.sql("""
                insert into directory_organisation (id, name, description, email, website, last_modified)
                values (?, ?, ?, ?, ?, ?)
                on conflict (id) do update set name = excluded.name, description = excluded.description,
                  email = excluded.email, website = excluded.website, last_modified = excluded.last_modified""")
                .params(o.id(), o.name(), o.description(), o.email(), o.website(), Timestamp.from(modified)).update();
    }

    private void term(TaxonomyTerm t) {
        jdbc.sql("""
                insert into directory_taxonomy_term (id, name, description, taxonomy, taxonomy_id, parent_id)
                values (?, ?, ?, ?, ?, ?)
                on conflict (id) do update set name = excluded.name, description = excluded.description,
                  taxonomy = excluded.taxonomy, taxonomy_id = excluded.taxonomy_id, parent_id = excluded.parent_id""")
                .params(t.id(), t.name(), t.description(), t.taxonomy(), t.taxonomyId(), t.parentId()).update();
    }

    private void service(CommunityService s, Derived d) {
        jdbc.sql("""
                insert into directory_service (id, organisation_id, name, description, url, email, status, fees,
                  accreditations, eligibility, minimum_age, maximum_age, assured_date, assurer_email, alert, capacity,
                  waiting_weeks, cost_per_session_pence, completeness, fingerprint, duplicate_key, likely_duplicate_of,
                  search_text, last_modified, version, created_at, created_by, updated_at, updated_by)
                values (:id, :org, :name, :description, :url, :email, :status, :fees, :accreditations, :eligibility,
                  :minAge, :maxAge, :assured, :assurer, :alert, :capacity, :weeks, :cost, :completeness, :fingerprint,
                  :key, :duplicateOf, :searchText, :modified, 1, :at, :by, :at, :by)
                on conflict (id) do update set organisation_id = excluded.organisation_id, name = excluded.name,
                  description = excluded.description, url = excluded.url, email = excluded.email,
                  status = excluded.status, fees = excluded.fees, accreditations = excluded.accreditations,
                  eligibility = excluded.eligibility, minimum_age = excluded.minimum_age,
                  maximum_age = excluded.maximum_age, assured_date = excluded.assured_date,
                  assurer_email = excluded.assurer_email, alert = excluded.alert, capacity = excluded.capacity,
                  waiting_weeks = excluded.waiting_weeks, cost_per_session_pence = excluded.cost_per_session_pence,
                  completeness = excluded.completeness, fingerprint = excluded.fingerprint,
                  duplicate_key = excluded.duplicate_key, likely_duplicate_of = excluded.likely_duplicate_of,
                  search_text = excluded.search_text, last_modified = excluded.last_modified,
                  version = directory_service.version + 1, updated_at = excluded.updated_at,
                  updated_by = excluded.updated_by""")
                .param("id", s.id()).param("org", s.organisation().id()).param("name", s.name())
                .param("description", s.info().description()).param("url", s.info().url())
                .param("email", s.info().email()).param("status", s.status().code()).param("fees", s.info().fees())
                .param("accreditations", s.info().accreditations()).param("eligibility", s.eligibility().description())
                .param("minAge", s.eligibility().minimumAge()).param("maxAge", s.eligibility().maximumAge())
                .param("assured", s.assurance().assuredDate()).param("assurer", s.assurance().assurerEmail())
                .param("alert", s.info().alert()).param("capacity", s.capacity().status().name())
                .param("weeks", s.capacity().waitingWeeks())
                .param("cost", s.costPerSession() == null ? null : s.costPerSession().pence())
                .param("completeness", d.completeness()).param("fingerprint", d.fingerprint())
                .param("key", d.duplicateKey()).param("duplicateOf", d.likelyDuplicateOf())
                .param("searchText", s.searchText()).param("modified", Timestamp.from(s.lastModified()))
                .param("at", Timestamp.from(d.at())).param("by", d.by())
                .update();
    }

    private void replaceChildren(CommunityService s) {
        for (String table : new String[] {"directory_service_at_location", "directory_schedule",
            "directory_cost_option", "directory_language", "directory_service_attribute"}) {
            jdbc.sql("delete from " + table + " where service_id = ?").param(s.id()).update();
        }
        s.locations().forEach(l -> location(s.id(), l));
        s.schedules().forEach(x -> jdbc.sql("""
                insert into directory_schedule (id, service_id, freq, interval, byday, bymonthday, opens_at, closes_at,
                  valid_from, valid_to, description) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(x.id(), s.id(), x.freq() == null ? null : x.freq().name(), x.interval(), x.byDayCode(),
                        x.byMonthDayCode(), x.opensAt(), x.closesAt(), x.validFrom(), x.validTo(), x.description())
                .update());
        s.costOptions().forEach(c -> jdbc.sql("""
                insert into directory_cost_option (id, service_id, option, amount_pence, amount_description)
                values (?, ?, ?, ?, ?)""")
                .params(c.id(), s.id(), c.option(), c.amount() == null ? null : c.amount().pence(),
                        c.amountDescription()).update());
        s.languages().forEach(l -> jdbc.sql("insert into directory_language (id, service_id, name, code) values (?, ?, ?, ?)")
                .params(l.id(), s.id(), l.name(), l.code()).update());
        s.terms().forEach(t -> jdbc.sql("""
                insert into directory_service_attribute (id, service_id, taxonomy_term_id) values (?, ?, ?)""")
                .params(care.whatmatters.shared.Ids.newId(), s.id(), t.id()).update());
    }

    private void location(UUID service, ServiceLocation l) {
        var a = l.address();
        jdbc.sql("""
                insert into directory_location (id, location_type, name, description, latitude, longitude, address_id,
                  address_1, city, state_province, postal_code, country, step_free)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set location_type = excluded.location_type, name = excluded.name,
                  description = excluded.description, latitude = excluded.latitude, longitude = excluded.longitude,
                  address_id = excluded.address_id, address_1 = excluded.address_1, city = excluded.city, state_province = excluded.state_province,
                  postal_code = excluded.postal_code, country = excluded.country, step_free = excluded.step_free""")
                .params(l.id(), l.type().code(), l.name(), l.description(),
                        l.point() == null ? null : l.point().latitude(), l.point() == null ? null : l.point().longitude(),
                        a == null ? null : a.id(), a == null ? null : a.line1(), a == null ? null : a.city(), a == null ? null : a.county(),
                        a == null ? null : a.postcode(), a == null ? null : a.country(), l.stepFree())
                .update();
        jdbc.sql("delete from directory_accessibility where location_id = ?").param(l.id()).update();
        l.accessibility().forEach(x -> jdbc.sql("""
                insert into directory_accessibility (id, location_id, description, details) values (?, ?, ?, ?)""")
                .params(x.id(), l.id(), x.description(), x.details()).update());
        jdbc.sql("insert into directory_service_at_location (id, service_id, location_id) values (?, ?, ?)")
                .params(l.serviceAtLocationId(), service, l.id()).update();
    }
}
