package care.whatmatters.directory;

import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.DataQuality;
import care.whatmatters.directory.domain.QualityReport;
import care.whatmatters.directory.persistence.OpenReferralQueries;
import care.whatmatters.directory.persistence.ServiceLookup;
import care.whatmatters.directory.persistence.ServiceReader;
import care.whatmatters.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the directory: one service, a filtered page of them, an organisation's services with their quality. */
@Service
@Transactional(readOnly = true)
public class DirectoryCatalogue {

    private final ServiceReader reader;
    private final ServiceLookup lookup;
    private final OpenReferralQueries queries;
    private final DirectorySettings settings;
    private final Clock clock;

    DirectoryCatalogue(ServiceReader reader, ServiceLookup lookup, OpenReferralQueries queries,
            DirectorySettings settings, Clock clock) {
        this.reader = reader;
        this.lookup = lookup;
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    /** A service and how good its details are. */
    public record ServiceWithQuality(CommunityService service, QualityReport quality) {
    }

    public Optional<CommunityService> find(UUID id) {
        return reader.find(id);
    }

    public CommunityService get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("There is no service with that id in the directory."));
    }

    /** A page of services matching the Open Referral filters, in name order. */
    public Page page(ServiceFilter filter, int page, int perPage) {
        OpenReferralQueries.Page found = queries.page(filter, page, perPage);
        return new Page(found.total(), reader.load(found.ids()));
    }

    public record Page(long total, List<CommunityService> services) {
    }

    public QualityReport quality(CommunityService service) {
        return DataQuality.assess(service, LocalDate.now(clock), settings.staleAfter());
    }

    /** An organisation's services, those needing attention first. */
    public List<ServiceWithQuality> ofOrganisation(UUID organisation) {
        return reader.load(lookup.ofOrganisation(organisation)).stream()
                .map(s -> new ServiceWithQuality(s, quality(s)))
                .sorted(java.util.Comparator.comparing((ServiceWithQuality w) -> !w.quality().needsAttention())
                        .thenComparing(w -> w.service().name()))
                .toList();
    }

    public String organisationName(UUID organisation) {
        return lookup.organisationName(organisation).orElse("Unknown organisation");
    }

    public long size() {
        return lookup.count();
    }

    /** A place where services are offered, with the services offered there (empty when no service uses it). */
    public record Place(care.whatmatters.directory.domain.ServiceLocation location, List<CommunityService> services) {
    }

    /** One place, read through the services offered there (a place no service uses is not shown). */
    public Optional<Place> place(UUID id) {
        List<CommunityService> services = reader.load(lookup.servicesAt(id));
        return services.stream().flatMap(s -> s.locations().stream()).filter(l -> l.id().equals(id)).findFirst()
                .map(l -> new Place(l, services));
    }

    /** A page (from 1) of places, in id order, and how many places there are in all. */
    public PlacePage places(int page, int perPage) {
        List<Place> places = lookup.locations(perPage, (long) (page - 1) * perPage).stream().map(this::place)
                .flatMap(Optional::stream).toList();
        return new PlacePage(lookup.locationCount(), places);
    }

    public record PlacePage(long total, List<Place> places) {
    }
}
