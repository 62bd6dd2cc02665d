package care.whatmatters.directory.openreferral;

import care.whatmatters.directory.domain.Accessibility;
import care.whatmatters.directory.domain.Address;
import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.CostOption;
import care.whatmatters.directory.domain.DirectoryOrganisation;
import care.whatmatters.directory.domain.Language;
import care.whatmatters.directory.domain.Schedule;
import care.whatmatters.directory.domain.ServiceLocation;
import care.whatmatters.directory.domain.TaxonomyTerm;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes services in the Open Referral UK profile's shape: the full nested service of {@code /services/{id}}
 * and the one-to-one fields of a {@code /services} page item. Absent values are left out (the schemas give
 * no field a null type), and the extensions ({@code capacity}, {@code cost_per_session},
 * {@code eligibility_description}, language {@code name} and {@code code}) are extra keys the schemas allow.
 */
public final class OpenReferralWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

    private OpenReferralWriter() {
    }

    /** A {@code /services} page item: the service's own fields and its organisation. */
    public static ObjectNode listItem(CommunityService s) {
        ObjectNode n = JSON.objectNode();
        n.put("id", s.id().toString());
        put(n, "organization_id", s.organisation().id());
        n.put("name", s.name());
        put(n, "description", s.info().description());
        put(n, "url", s.info().url());
        put(n, "email", s.info().email());
        n.put("status", s.status().code());
        put(n, "fees", s.info().fees());
        put(n, "accreditations", s.info().accreditations());
        if (s.eligibility().minimumAge() != null) {
            n.put("minimum_age", s.eligibility().minimumAge());
        }
        if (s.eligibility().maximumAge() != null) {
            n.put("maximum_age", s.eligibility().maximumAge());
        }
        put(n, "eligibility_description", s.eligibility().description());
        put(n, "assured_date", s.assurance().assuredDate());
        put(n, "assurer_email", s.assurance().assurerEmail());
        put(n, "alert", s.info().alert());
        n.put("last_modified", s.lastModified().truncatedTo(ChronoUnit.MILLIS).toString());
        capacity(n, s);
        n.set("organization", organisation(s.organisation()));
        return n;
    }

    /** The fully nested service of {@code /services/{id}}. */
    public static ObjectNode full(CommunityService s) {
        ObjectNode n = listItem(s);
        ArrayNode schedules = n.putArray("schedules");
        s.schedules().forEach(x -> schedules.add(schedule(x, s.id())));
        ArrayNode places = n.putArray("service_at_locations");
        s.locations().forEach(l -> places.add(serviceAtLocation(l, s.id())));
        ArrayNode languages = n.putArray("languages");
        s.languages().forEach(l -> languages.add(language(l, s.id())));
        ArrayNode costs = n.putArray("cost_options");
        s.costOptions().forEach(c -> costs.add(cost(c, s.id())));
        ArrayNode attributes = n.putArray("attributes");
        s.terms().forEach(t -> attributes.add(attribute(t, s.id())));
        return n;
    }

    private static void capacity(ObjectNode n, CommunityService s) {
        ObjectNode c = n.putObject("capacity");
        c.put("status", s.capacity().status().name().toLowerCase(Locale.ROOT));
        if (s.capacity().waitingWeeks() != null) {
            c.put("waiting_weeks", s.capacity().waitingWeeks());
        }
        if (s.costPerSession() != null) {
            n.put("cost_per_session", s.costPerSession().pounds());
        }
    }

    static ObjectNode organisation(DirectoryOrganisation o) {
        ObjectNode n = JSON.objectNode();
        n.put("id", o.id().toString());
        n.put("name", o.name());
        n.put("description", o.description());
        put(n, "email", o.email());
        put(n, "website", o.website());
        return n;
    }

    private static ObjectNode schedule(Schedule x, UUID service) {
        ObjectNode n = JSON.objectNode();
        n.put("id", x.id().toString());
        n.put("service_id", service.toString());
        put(n, "valid_from", x.validFrom());
        put(n, "valid_to", x.validTo());
        put(n, "freq", x.freq() == null ? null : x.freq().name());
        if (x.interval() != null) {
            n.put("interval", x.interval());
        }
        put(n, "byday", x.byDayCode().isEmpty() ? null : x.byDayCode());
        put(n, "bymonthday", x.byMonthDayCode().isEmpty() ? null : x.byMonthDayCode());
        put(n, "opens_at", x.opensAt() == null ? null : TIME.format(x.opensAt()));
        put(n, "closes_at", x.closesAt() == null ? null : TIME.format(x.closesAt()));
        put(n, "description", x.description() != null ? x.description() : x.describe());
        return n;
    }

    private static ObjectNode serviceAtLocation(ServiceLocation l, UUID service) {
        ObjectNode n = JSON.objectNode();
        n.put("id", l.serviceAtLocationId().toString());
        n.put("service_id", service.toString());
        n.put("location_id", l.id().toString());
        ObjectNode loc = n.putObject("location");
        loc.put("id", l.id().toString());
        loc.put("location_type", l.type().code());
        put(loc, "name", l.name());
        put(loc, "description", l.description());
        if (l.point() != null) {
            loc.put("latitude", l.point().latitude());
            loc.put("longitude", l.point().longitude());
        }
        ArrayNode addresses = loc.putArray("addresses");
        if (l.address() != null) {
            addresses.add(address(l.address(), l.id()));
        }
        ArrayNode access = loc.putArray("accessibility");
        l.accessibility().forEach(a -> access.add(accessibility(a, l.id())));
        return n;
    }

    private static ObjectNode address(Address a, UUID location) {
        ObjectNode n = JSON.objectNode();
        n.put("id", a.id().toString());
        n.put("location_id", location.toString());
        n.put("address_1", a.line1());
        n.put("city", a.city());
        n.put("state_province", a.county());
        n.put("postal_code", a.postcode());
        n.put("country", a.country());
        n.put("address_type", "physical");
        return n;
    }

    private static ObjectNode accessibility(Accessibility a, UUID location) {
        ObjectNode n = JSON.objectNode();
        n.put("id", a.id().toString());
        n.put("location_id", location.toString());
        put(n, "description", a.description());
        put(n, "details", a.details());
        return n;
    }

    private static ObjectNode language(Language l, UUID service) {
        ObjectNode n = JSON.objectNode();
        n.put("id", l.id().toString());
        n.put("service_id", service.toString());
        put(n, "name", l.name());
        put(n, "code", l.code());
        return n;
    }

    private static ObjectNode cost(CostOption c, UUID service) {
        ObjectNode n = JSON.objectNode();
        n.put("id", c.id().toString());
        n.put("service_id", service.toString());
        put(n, "option", c.option());
        if (c.amount() != null) {
            n.put("amount", c.amount().pounds());
        }
        put(n, "amount_description", c.amountDescription());
        return n;
    }

    private static ObjectNode attribute(TaxonomyTerm t, UUID service) {
        ObjectNode n = JSON.objectNode();
        n.put("id", UUID.nameUUIDFromBytes((service + "/" + t.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString());
        n.put("link_id", service.toString());
        n.put("taxonomy_term_id", t.id().toString());
        n.put("link_type", "service");
        n.set("taxonomy_term", term(t));
        return n;
    }

    public static ObjectNode term(TaxonomyTerm t) {
        ObjectNode n = JSON.objectNode();
        n.put("id", t.id().toString());
        n.put("name", t.name());
        n.put("description", t.description());
        put(n, "parent_id", t.parentId());
        put(n, "taxonomy", t.taxonomy());
        put(n, "taxonomy_id", t.taxonomyId());
        return n;
    }

    private static void put(ObjectNode n, String field, Object value) {
        if (value != null) {
            n.put(field, value.toString());
        }
    }
}
