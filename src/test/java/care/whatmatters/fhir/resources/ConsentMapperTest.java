package care.whatmatters.fhir.resources;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.selfmanagement.domain.SourceConsent;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.junit.jupiter.api.Test;

class ConsentMapperTest {

    @Test
    void aSourceConsentPermitsSharingReadingsFromThatAppWhileActive() {
        SourceConsent c = Fixtures.consent(false);
        Consent consent = ConsentMapper.toFhir(c);
        assertThat(consent.getIdElement().getIdPart()).isEqualTo(c.id().toString());
        assertThat(consent.getStatus()).isEqualTo(ConsentState.ACTIVE);
        assertThat(consent.getPatient().getReference()).isEqualTo("Patient/" + Fixtures.PERSON.value());
        assertThat(consent.getProvision().getType()).isEqualTo(ConsentProvisionType.PERMIT);
        assertThat(consent.getProvision().getPeriod().hasEnd()).isFalse();
        assertThat(consent.getPerformerFirstRep().getReference()).isEqualTo("Patient/" + Fixtures.PERSON.value());
        assertThat(consent.getPolicyRule().getCodingFirstRep().getCode()).isEqualTo("OPTIN");
    }

    @Test
    void aWithdrawnConsentIsInactiveAndItsPeriodEndsWhenWithdrawn() {
        SourceConsent c = Fixtures.consent(true);
        Consent consent = ConsentMapper.toFhir(c);
        assertThat(consent.getStatus()).isEqualTo(ConsentState.INACTIVE);
        assertThat(consent.getProvision().getPeriod().getEnd().toInstant()).isEqualTo(c.withdrawn().at());
    }

    @Test
    void theAppOrDeviceConsentedToSurvivesTheRoundTrip() {
        SourceConsent c = Fixtures.consent(false);
        assertThat(ConsentMapper.source(ConsentMapper.toFhir(c)))
                .isEqualTo(new ConsentMapper.Source(c.source(), c.name()));
    }

    @Test
    void theNationalDataOptOutIsADenyUnderItsPolicyWithThePersonsId() {
        Consent consent = ConsentMapper.optOut(Fixtures.optedOut());
        assertThat(consent.getIdElement().getIdPart()).isEqualTo(Fixtures.PERSON.value().toString());
        assertThat(consent.getProvision().getType()).isEqualTo(ConsentProvisionType.DENY);
        assertThat(consent.getPolicyFirstRep().getUri()).isEqualTo(ConsentMapper.NATIONAL_DATA_OPT_OUT);
        assertThat(consent.getPolicyRule().getCodingFirstRep().getCode()).isEqualTo("OPTOUT");
    }
}
