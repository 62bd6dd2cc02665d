package care.whatmatters.directory.domain;

import care.whatmatters.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A service in the community directory, in the shape of an Open Referral UK service with its organisation,
 * locations, opening times, costs, languages and taxonomy terms, plus capacity and cost per session.
 * <p>
 * Invariants (checked by {@link ServiceCheck} before any service is stored): an id, a name, a status and an
 * organisation with a name and description; coordinates within range; ages from 0 to 130 with the minimum
 * not above the maximum; money in whole pence. A service is never deleted: it is marked defunct.
 *
 * @param costPerSession what one session costs the person (zero when free; null when not known)
 */
public record CommunityService(UUID id, DirectoryOrganisation organisation, String name, ServiceInfo info,
        ServiceStatus status, Eligibility eligibility, Assurance assurance, Capacity capacity, Money costPerSession,
        List<ServiceLocation> locations, List<Schedule> schedules, List<CostOption> costOptions,
        List<Language> languages, List<TaxonomyTerm> terms, Instant lastModified) {

    public CommunityService {
        info = info == null ? new ServiceInfo(null, null, null, null, null, null) : info;
        eligibility = eligibility == null ? Eligibility.ANYONE : eligibility;
        assurance = assurance == null ? Assurance.NEVER : assurance;
        capacity = capacity == null ? Capacity.UNKNOWN : capacity;
        locations = locations == null ? List.of() : List.copyOf(locations);
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        costOptions = costOptions == null ? List.of() : List.copyOf(costOptions);
        languages = languages == null ? List.of() : List.copyOf(languages);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /** The first located place, which search measures distance from when the service has several. */
    public Optional<ServiceLocation> mainLocation() {
        return locations.stream().filter(l -> l.point() != null).findFirst()
                .or(() -> locations.stream().findFirst());
    }

    public boolean stepFree() {
        return locations.stream().anyMatch(ServiceLocation::stepFree);
    }

    public Optional<String> postcode() {
        return mainLocation().map(ServiceLocation::postcode);
    }

    /** The same service, its details confirmed as correct today. */
    public CommunityService assured(LocalDate today, String assurerEmail, Instant now) {
        return new CommunityService(id, organisation, name, info, status, eligibility,
                new Assurance(today, assurerEmail), capacity, costPerSession, locations, schedules, costOptions,
                languages, terms, now);
    }

    public CommunityService withLastModified(Instant at) {
        return new CommunityService(id, organisation, name, info, status, eligibility, assurance, capacity,
                costPerSession, locations, schedules, costOptions, languages, terms, at);
    }

    /** The words search looks in besides the name and description: categories, languages and places. */
    public String searchText() {
        StringBuilder text = new StringBuilder();
        terms.forEach(t -> text.append(t.name()).append(' '));
        languages.forEach(l -> text.append(l.name() == null ? "" : l.name()).append(' '));
        locations.forEach(l -> text.append(l.name() == null ? "" : l.name()).append(' ')
                .append(l.address() == null || l.address().city() == null ? "" : l.address().city()).append(' '));
        return text.toString().strip();
    }
}
