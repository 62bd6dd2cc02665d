package care.whatmatters.fhir.resources;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.ServiceLocation;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.junit.jupiter.api.Test;

class DirectoryMappingTest {

    @Test
    void aServiceNamesItsOrganisationPlacesContactsAndOpeningTimes() {
        CommunityService s = Fixtures.service();
        HealthcareService hs = HealthcareServiceMapper.toFhir(s);
        assertThat(hs.getIdElement().getIdPart()).isEqualTo(s.id().toString());
        assertThat(hs.getActive()).isTrue();
        assertThat(hs.getName()).isEqualTo("Wednesday walking group");
        assertThat(hs.getProvidedBy().getDisplay()).isEqualTo("Aire Valley Walking Partnership");
        assertThat(hs.getProvidedBy().getIdentifier().getValue()).isEqualTo("urn:uuid:" + s.organisation().id());
        assertThat(hs.getLocationFirstRep().getReference()).isEqualTo("Location/" + s.locations().get(0).id());
        assertThat(hs.getTelecom()).extracting(t -> t.getValue())
                .containsExactly("https://example.org/walks", "walks@example.org");
        assertThat(hs.getAvailableTimeFirstRep().getDaysOfWeek()).extracting(d -> d.getValue().toCode())
                .containsExactly("wed");
        assertThat(hs.getAvailableTimeFirstRep().getAvailableStartTime()).isEqualTo("10:00:00");
        assertThat(hs.getAvailableTimeFirstRep().getAvailableEndTime()).isEqualTo("11:30:00");
        assertThat(hs.getEligibilityFirstRep().getCode().getText()).isEqualTo("Aged 16 and over");
        assertThat(hs.getTypeFirstRep().getText()).isEqualTo("Physical activity");
        assertThat(hs.getExtraDetails()).contains("Fees: Free").contains("Cost per session: £3.50");
        assertThat(hs.getAvailabilityExceptions()).contains("Waiting list, waiting about 3 weeks");
        assertThat(hs.getMeta().getLastUpdated().toInstant()).isEqualTo(s.lastModified());
    }

    @Test
    void aPlaceHasItsAddressPositionAndAccessibility() {
        ServiceLocation l = Fixtures.service().locations().get(0);
        Location loc = LocationMapper.toFhir(l);
        assertThat(loc.getIdElement().getIdPart()).isEqualTo(l.id().toString());
        assertThat(loc.getName()).isEqualTo("Keighley Library");
        assertThat(loc.getAddress().getPostalCode()).isEqualTo("BD21 3SX");
        assertThat(loc.getAddress().getLine()).extracting(Object::toString).containsExactly("North Street");
        assertThat(loc.getPosition().getLatitude().doubleValue()).isEqualTo(53.867);
        assertThat(loc.getDescription()).contains("Accessibility: Step-free access (Ramp at the side door)");
    }

    @Test
    void aVirtualPlaceSaysSo() {
        assertThat(LocationMapper.toFhir(Fixtures.virtualPlace()).getDescription()).startsWith("Virtual");
    }
}
