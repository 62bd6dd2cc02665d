package care.whatmatters.fhir.resources;

import care.whatmatters.directory.domain.Address;
import care.whatmatters.directory.domain.LocationType;
import care.whatmatters.directory.domain.ServiceLocation;
import java.math.BigDecimal;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Location.LocationMode;
import org.hl7.fhir.r4.model.Location.LocationStatus;

/**
 * A place where community services are offered (Open Referral UK {@code location}) as a Location: its name,
 * description, address, position and accessibility. A virtual location says so in its description (R4 has no
 * physical type for it); a postal one has only its address.
 */
final class LocationMapper {

    private LocationMapper() {
    }

    static Location toFhir(ServiceLocation l) {
        Location loc = new Location();
        loc.setId(new IdType("Location", l.id().toString()));
        loc.setStatus(LocationStatus.ACTIVE);
        loc.setMode(LocationMode.INSTANCE);
        loc.setName(l.name());
        StringBuilder description = new StringBuilder(l.description() == null ? "" : l.description());
        l.accessibility().forEach(a -> description.append(description.isEmpty() ? "" : "\n").append("Accessibility: ")
                .append(a.description()).append(a.details() == null ? "" : " (" + a.details() + ")"));
        if (l.type() == LocationType.VIRTUAL) {
            // R4's physical types have no "virtual" (R5 added it), so the description says so.
            description.insert(0, "Virtual: online or by phone" + (description.isEmpty() ? "" : "\n"));
        }
        if (!description.isEmpty()) {
            loc.setDescription(description.toString());
        }
        if (l.address() != null) {
            loc.setAddress(address(l.address()));
        }
        if (l.point() != null) {
            loc.getPosition().setLatitude(BigDecimal.valueOf(l.point().latitude()))
                    .setLongitude(BigDecimal.valueOf(l.point().longitude()));
        }
        return loc;
    }

    private static org.hl7.fhir.r4.model.Address address(Address a) {
        org.hl7.fhir.r4.model.Address fhir = new org.hl7.fhir.r4.model.Address();
        if (a.line1() != null) {
            fhir.addLine(a.line1());
        }
        fhir.setCity(a.city()).setDistrict(a.county()).setPostalCode(a.postcode()).setCountry(a.country());
        return fhir;
    }
}
