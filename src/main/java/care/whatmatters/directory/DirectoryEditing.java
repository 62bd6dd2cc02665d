package care.whatmatters.directory;

import care.whatmatters.access.Actor;
import care.whatmatters.directory.domain.Accessibility;
import care.whatmatters.directory.domain.Address;
import care.whatmatters.directory.domain.Assurance;
import care.whatmatters.directory.domain.Capacity;
import care.whatmatters.directory.domain.CapacityStatus;
import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.DataQuality;
import care.whatmatters.directory.domain.Eligibility;
import care.whatmatters.directory.domain.Fingerprint;
import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.domain.LocationType;
import care.whatmatters.directory.domain.Schedule;
import care.whatmatters.directory.domain.ServiceCheck;
import care.whatmatters.directory.domain.ServiceInfo;
import care.whatmatters.directory.domain.ServiceLocation;
import care.whatmatters.directory.domain.ServiceStatus;
import care.whatmatters.directory.domain.TaxonomyTerm;
import care.whatmatters.directory.domain.WeekdayRule;
import care.whatmatters.directory.persistence.ServiceLookup;
import care.whatmatters.directory.persistence.ServiceReader;
import care.whatmatters.directory.persistence.ServiceWriter;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A directory editor keeping their organisation's services current: writing a service, and confirming its
 * details are still correct (which sets {@code assured_date} to today). Each use case is one transaction;
 * what is saved passes the same checks as an import.
 */
@Service
@Transactional
public class DirectoryEditing {

    private final DirectoryEditors editors;
    private final ServiceReader reader;
    private final ServiceWriter writer;
    private final ServiceLookup lookup;
    private final PostcodeDistricts postcodes;
    private final Clock clock;

    DirectoryEditing(DirectoryEditors editors, ServiceReader reader, ServiceWriter writer, ServiceLookup lookup,
            PostcodeDistricts postcodes, Clock clock) {
        this.editors = editors;
        this.reader = reader;
        this.writer = writer;
        this.lookup = lookup;
        this.postcodes = postcodes;
        this.clock = clock;
    }

    /** Saves a new service ({@code id} null) or changes one; answers its id. */
    public UUID save(Actor actor, UUID id, ServiceForm form) {
        requireEditorOrAdministrator(actor);
        Optional<CommunityService> existing = id == null ? Optional.empty() : reader.find(id);
        if (id != null && existing.isEmpty()) {
            throw new care.whatmatters.shared.NotFoundException("There is no service with that id in the directory.");
        }
        UUID organisation = existing.map(s -> s.organisation().id()).orElseGet(() -> editors.requireEditor(actor));
        editors.checkMayChange(actor, organisation);
        CommunityService service = fromForm(form, existing, organisation);
        ServiceCheck.check(service);
        store(actor, service);
        return service.id();
    }

    /** The editor confirms the details are correct today. */
    public void assure(Actor actor, UUID id) {
        requireEditorOrAdministrator(actor);
        CommunityService service = reader.find(id).orElseThrow(
                () -> new care.whatmatters.shared.NotFoundException("There is no service with that id in the directory."));
        editors.checkMayChange(actor, service.organisation().id());
        store(actor, service.assured(LocalDate.now(clock), service.organisation().email(), clock.instant()));
    }

    /** Refuses anyone who edits no part of the directory, before looking anything up. */
    public void requireEditorOrAdministrator(Actor actor) {
        if (!editors.editsEverything(actor)) {
            editors.requireEditor(actor);
        }
    }

    public List<TaxonomyTerm> categories() {
        return lookup.terms();
    }

    private void store(Actor actor, CommunityService s) {
        String key = Fingerprint.duplicateKey(s);
        writer.save(s, new ServiceWriter.Derived(DataQuality.completeness(s), Fingerprint.of(s), key,
                lookup.byDuplicateKey(key, s.id()).orElse(null), actor.signature(), clock.instant()));
    }

    private CommunityService fromForm(ServiceForm f, Optional<CommunityService> existing, UUID organisation) {
        InputCheck check = new InputCheck();
        ServiceStatus status = check.value(() -> ServiceStatus.fromCode("status", f.status()));
        CapacityStatus capacityStatus = check.choice("capacity", CapacityStatus.class, f.capacity());
        Integer weeks = whole(check, "waitingWeeks", f.waitingWeeks());
        Capacity capacity = check.value(() -> new Capacity(capacityStatus, weeks));
        Money cost = pounds(check, f.costPerSession());
        Integer minAge = whole(check, "minimumAge", f.minimumAge());
        Integer maxAge = whole(check, "maximumAge", f.maximumAge());
        List<WeekdayRule> days = check.value(() -> WeekdayRule.parseAll("days", String.join(",", f.days())));
        LocalTime opens = time(check, "opensAt", f.opensAt());
        LocalTime closes = time(check, "closesAt", f.closesAt());
        check.that(f.days().isEmpty() || (opens != null && closes != null), "opensAt",
                "is needed with the days (and the closing time)");
        check.orThrow();
        CommunityService base = existing.orElse(null);
        UUID id = base == null ? Ids.newId() : base.id();
        List<Schedule> schedules = f.days().isEmpty() ? List.of() : List.of(new Schedule(
                base == null || base.schedules().isEmpty() ? Ids.newId() : base.schedules().get(0).id(),
                Schedule.Frequency.WEEKLY, 1, days, List.of(), opens, closes, null, null, null));
        List<TaxonomyTerm> terms = blank(f.categoryId()) ? (base == null ? List.of() : base.terms())
                : lookup.terms().stream().filter(t -> t.id().toString().equals(f.categoryId())).toList();
        return new CommunityService(id, base != null ? base.organisation()
                : new care.whatmatters.directory.domain.DirectoryOrganisation(organisation, lookup.organisationName(organisation)
                        .orElse(""), "", null, null), f.name(),
                new ServiceInfo(text(f.description()), text(f.url()), text(f.email()),
                        base == null ? null : base.info().fees(), base == null ? null : base.info().accreditations(),
                        base == null ? null : base.info().alert()),
                status, new Eligibility(minAge, maxAge, text(f.eligibility())),
                base == null ? Assurance.NEVER : base.assurance(), capacity, cost, location(f, base), schedules,
                base == null ? List.of() : base.costOptions(), base == null ? List.of() : base.languages(), terms,
                clock.instant());
    }

    private List<ServiceLocation> location(ServiceForm f, CommunityService base) {
        if (blank(f.postcode()) && blank(f.address())) {
            return base == null ? List.of() : base.locations();
        }
        ServiceLocation old = base == null ? null : base.mainLocation().orElse(null);
        GeoPoint point = old != null && old.point() != null && f.postcode().equalsIgnoreCase(String.valueOf(old.postcode()))
                ? old.point() : postcodes.centreOf(f.postcode()).orElse(null);
        Address address = new Address(old == null || old.address() == null ? Ids.newId() : old.address().id(),
                text(f.address()), text(f.city()), text(f.county()), text(f.postcode()), "GB");
        List<Accessibility> access = blank(f.accessibility()) ? List.of() : List.of(new Accessibility(
                old == null || old.accessibility().isEmpty() ? Ids.newId() : old.accessibility().get(0).id(),
                f.accessibility(), null));
        return List.of(new ServiceLocation(old == null ? Ids.newId() : old.serviceAtLocationId(),
                old == null ? Ids.newId() : old.id(), LocationType.PHYSICAL, text(f.placeName()), null, point, address,
                access));
    }

    private static Integer whole(InputCheck check, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            check.that(false, field, "must be a whole number");
            return null;
        }
    }

    private static Money pounds(InputCheck check, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            BigDecimal pounds = new BigDecimal(value.strip().replace("£", ""));
            return check.value(() -> Money.ofPounds(pounds));
        } catch (NumberFormatException e) {
            check.that(false, "costPerSession", "must be an amount in pounds, such as 3.50 (0 if free)");
            return null;
        }
    }

    private static LocalTime time(InputCheck check, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            check.that(false, field, "must be a time such as 10:00");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return blank(value) ? null : value;
    }
}
