package care.whatmatters.directory.domain;

import java.util.List;
import java.util.UUID;

/**
 * Where a service is delivered (Open Referral's service_at_location with its location).
 *
 * @param point null for a virtual location, or when the coordinates are not known
 */
public record ServiceLocation(UUID serviceAtLocationId, UUID id, LocationType type, String name,
        String description, GeoPoint point, Address address, List<Accessibility> accessibility) {

    public ServiceLocation {
        accessibility = accessibility == null ? List.of() : List.copyOf(accessibility);
    }

    public boolean stepFree() {
        return accessibility.stream().anyMatch(Accessibility::saysStepFree);
    }

    public String postcode() {
        return address == null ? null : address.postcode();
    }
}
