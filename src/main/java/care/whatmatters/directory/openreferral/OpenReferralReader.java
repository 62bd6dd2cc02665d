package care.whatmatters.directory.openreferral;

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
import care.whatmatters.directory.domain.ServiceCheck;
import care.whatmatters.directory.domain.ServiceInfo;
import care.whatmatters.directory.domain.ServiceLocation;
import care.whatmatters.directory.domain.ServiceStatus;
import care.whatmatters.directory.domain.TaxonomyTerm;
import care.whatmatters.directory.domain.WeekdayRule;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Reads one service of an Open Referral UK feed (the nested shape of {@code /services/{id}}), with the two
 * extensions this platform writes: {@code capacity} ({@code status}: taking_referrals, waiting_list, full;
 * {@code waiting_weeks}) and {@code cost_per_session} in pounds. Answers the service, or every problem found.
 */
public final class OpenReferralReader {

    /** One record read: the service, or what is wrong with it. */
    public record Read(CommunityService service, List<FieldProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private OpenReferralReader() {
    }

    public static Read read(JsonNode node, Instant now) {
        FieldReader f = new FieldReader();
        if (node == null || !node.isObject()) {
            f.problem("service", "must be a JSON object");
            return new Read(null, f.problems());
        }
        CommunityService service = new CommunityService(f.uuid(node, "id", "", true), organisation(f, node.get("organization")),
                f.text(node, "name", ""), info(f, node), status(f, node), eligibility(f, node),
                new Assurance(f.date(node, "assured_date", ""), f.text(node, "assurer_email", "")),
                capacity(f, node.get("capacity")), costPerSession(f, node),
                FieldReader.items(node, "service_at_locations").stream().map(n -> location(f, n)).filter(Objects::nonNull).toList(),
                FieldReader.items(node, "schedules").stream().map(n -> schedule(f, n)).toList(),
                FieldReader.items(node, "cost_options").stream().map(n -> cost(f, n)).toList(),
                FieldReader.items(node, "languages").stream().map(n -> new Language(f.uuid(n, "id", "languages.", true),
                        f.text(n, "name", "languages."), f.text(n, "code", "languages."))).toList(),
                FieldReader.items(node, "attributes").stream().map(n -> term(f, n.get("taxonomy_term"))).filter(Objects::nonNull)
                        .toList(),
                lastModified(f, node, now));
        try {
            ServiceCheck.check(service);
        } catch (InvalidInputException e) {
            // Report every problem at once: the rules' findings on fields the reading did not already fault.
            e.problems().stream().filter(p -> f.problems().stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(f.problems()::add);
        }
        return new Read(f.problems().isEmpty() ? service : null, f.problems());
    }

    private static DirectoryOrganisation organisation(FieldReader f, JsonNode o) {
        if (o == null || !o.isObject()) {
            f.problem("organization", "is required: the organisation that runs the service");
            return null;
        }
        return new DirectoryOrganisation(f.uuid(o, "id", "organization.", true), f.text(o, "name", "organization."),
                f.text(o, "description", "organization."), f.text(o, "email", "organization."),
                f.text(o, "website", "organization."));
    }

    private static ServiceInfo info(FieldReader f, JsonNode n) {
        return new ServiceInfo(f.text(n, "description", ""), f.text(n, "url", ""), f.text(n, "email", ""),
                f.text(n, "fees", ""), f.text(n, "accreditations", ""), f.text(n, "alert", ""));
    }

    private static ServiceStatus status(FieldReader f, JsonNode n) {
        String code = f.text(n, "status", "");
        if (code == null) {
            f.problem("status", "is required");
            return null;
        }
        return f.value("", () -> ServiceStatus.fromCode("status", code));
    }

    private static Eligibility eligibility(FieldReader f, JsonNode n) {
        return new Eligibility(f.integer(n, "minimum_age", ""), f.integer(n, "maximum_age", ""),
                f.text(n, "eligibility_description", ""));
    }

    private static Capacity capacity(FieldReader f, JsonNode c) {
        if (c == null || c.isNull()) {
            return Capacity.UNKNOWN;
        }
        String status = f.text(c, "status", "capacity.");
        CapacityStatus parsed = status == null ? CapacityStatus.UNKNOWN : Arrays.stream(CapacityStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status)).findFirst().orElse(null);
        if (parsed == null) {
            f.problem("capacity.status", "must be one of unknown, taking_referrals, waiting_list, full");
            return Capacity.UNKNOWN;
        }
        Integer weeks = f.integer(c, "waiting_weeks", "capacity.");
        return f.value("capacity.", () -> new Capacity(parsed, weeks));
    }

    private static Money costPerSession(FieldReader f, JsonNode n) {
        BigDecimal pounds = f.number(n, "cost_per_session", "");
        return pounds == null ? null : f.value("cost_per_session.", () -> Money.ofPounds(pounds));
    }

    private static ServiceLocation location(FieldReader f, JsonNode sal) {
        JsonNode l = sal.get("location");
        String p = "service_at_locations.location.";
        if (l == null || !l.isObject()) {
            f.problem("service_at_locations.location", "is required");
            return null;
        }
        String type = f.text(l, "location_type", p);
        BigDecimal lat = f.number(l, "latitude", p);
        BigDecimal lng = f.number(l, "longitude", p);
        GeoPoint point = lat == null || lng == null ? null
                : f.value(p, () -> new GeoPoint(lat.doubleValue(), lng.doubleValue()));
        List<JsonNode> addresses = FieldReader.items(l, "addresses");
        Address address = addresses.isEmpty() ? null : address(f, addresses.get(0), p + "addresses.");
        return new ServiceLocation(f.uuid(sal, "id", "service_at_locations.", true), f.uuid(l, "id", p, true),
                type == null ? null : f.value(p, () -> LocationType.fromCode("location_type", type)),
                f.text(l, "name", p), f.text(l, "description", p), point, address,
                FieldReader.items(l, "accessibility").stream().map(a -> new Accessibility(
                        f.uuid(a, "id", p + "accessibility.", true), f.text(a, "description", p + "accessibility."),
                        f.text(a, "details", p + "accessibility."))).toList());
    }

    private static Address address(FieldReader f, JsonNode a, String p) {
        String country = f.text(a, "country", p);
        return new Address(f.uuid(a, "id", p, true), f.text(a, "address_1", p), f.text(a, "city", p),
                f.text(a, "state_province", p), f.text(a, "postal_code", p),
                country == null ? null : country.toUpperCase(Locale.ROOT));
    }

    private static Schedule schedule(FieldReader f, JsonNode s) {
        String p = "schedules.";
        String freq = f.text(s, "freq", p);
        Schedule.Frequency frequency = freq == null ? null : f.value(p, () -> frequency(freq));
        String byMonthDay = f.text(s, "bymonthday", p);
        return new Schedule(f.uuid(s, "id", p, true), frequency, f.integer(s, "interval", p),
                f.value(p, () -> WeekdayRule.parseAll("byday", f.text(s, "byday", p))),
                f.value(p, () -> monthDays(byMonthDay)), f.time(s, "opens_at", p), f.time(s, "closes_at", p),
                f.date(s, "valid_from", p), f.date(s, "valid_to", p), f.text(s, "description", p));
    }

    private static Schedule.Frequency frequency(String freq) {
        try {
            return Schedule.Frequency.valueOf(freq.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("freq", "must be WEEKLY or MONTHLY");
        }
    }

    private static List<Integer> monthDays(String byMonthDay) {
        if (byMonthDay == null) {
            return List.of();
        }
        try {
            List<Integer> days = Arrays.stream(byMonthDay.split(",")).map(String::strip).map(Integer::parseInt).toList();
            if (days.stream().anyMatch(d -> d < 1 || d > 31)) {
                throw new NumberFormatException(byMonthDay);
            }
            return days;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("bymonthday", "must list days of the month from 1 to 31, such as 1,15");
        }
    }

    private static CostOption cost(FieldReader f, JsonNode c) {
        BigDecimal amount = f.number(c, "amount", "cost_options.");
        return new CostOption(f.uuid(c, "id", "cost_options.", true), f.text(c, "option", "cost_options."),
                amount == null ? null : f.value("cost_options.", () -> Money.ofPounds(amount)),
                f.text(c, "amount_description", "cost_options."));
    }

    private static TaxonomyTerm term(FieldReader f, JsonNode t) {
        String p = "attributes.taxonomy_term.";
        if (t == null || !t.isObject()) {
            f.problem("attributes.taxonomy_term", "is required");
            return null;
        }
        return new TaxonomyTerm(f.uuid(t, "id", p, true), f.text(t, "name", p), f.text(t, "description", p),
                f.uuid(t, "taxonomy_id", p, false), f.text(t, "taxonomy", p), f.uuid(t, "parent_id", p, false));
    }

    private static Instant lastModified(FieldReader f, JsonNode n, Instant now) {
        String value = f.text(n, "last_modified", "");
        try {
            return value == null ? now : Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            f.problem("last_modified", "must be a date and time such as 2026-03-15T10:30:45.123Z");
            return now;
        }
    }
}
