package care.whatmatters.fhir.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ca.uhn.fhir.rest.server.RestfulServer;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.directory.DirectoryCatalogue;
import care.whatmatters.outcome.OutcomeRecords;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.record.AccessLogView;
import care.whatmatters.selfmanagement.SelfMonitoring;
import care.whatmatters.socialprescribing.MessageBackCodes;
import care.whatmatters.socialprescribing.ReferralRecords;
import care.whatmatters.team.CareTeams;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;

/**
 * The providers' HAPI annotations bind: a plain RestfulServer accepts them all at start-up (it refuses a bad
 * parameter type there) and its CapabilityStatement lists each type with read, search and its parameters. The
 * real server and its security are the core FHIR module's; this proves only that these providers plug in.
 */
class ProvidersRegisterWithHapiTest {

    private static final Set<String> OURS = Set.of("ServiceRequest", "Task", "QuestionnaireResponse", "Consent",
            "HealthcareService", "Location", "CareTeam", "Practitioner", "AuditEvent");

    @Test
    void everyProviderRegistersAndTheCapabilityStatementListsItsSearchParameters() throws Exception {
        MessageBackCodes codes = mock(MessageBackCodes.class);
        when(codes.forClosing(org.mockito.ArgumentMatchers.any())).thenReturn(List.of(Fixtures.REFERRAL_CODE));
        RestfulServer server = new RestfulServer(ResourceValidation.context());
        server.registerProviders(
                new ServiceRequestProvider(mock(ReferralRecords.class), codes),
                new TaskProvider(mock(ReferralRecords.class)),
                new QuestionnaireResponseProvider(mock(OutcomeRecords.class)),
                new ConsentProvider(mock(RecordAccess.class), mock(SelfMonitoring.class), mock(PersonRegister.class)),
                new HealthcareServiceProvider(mock(DirectoryCatalogue.class)),
                new LocationProvider(mock(DirectoryCatalogue.class)),
                new CareTeamProvider(mock(RecordAccess.class), mock(CareTeams.class), mock(PersonRegister.class)),
                new PractitionerProvider(mock(CareTeams.class)),
                new AuditEventProvider(mock(AccessLogView.class)));
        server.init(new MockServletConfig());

        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/fhir/metadata");
        request.setServletPath("/fhir");
        request.setPathInfo("/metadata");
        MockHttpServletResponse response = new MockHttpServletResponse();
        server.service(request, response);

        assertThat(response.getStatus()).isEqualTo(200);
        CapabilityStatement cs = (CapabilityStatement) ResourceValidation.context().newJsonParser()
                .parseResource(response.getContentAsString());
        Map<String, Set<String>> searchParams = cs.getRestFirstRep().getResource().stream().collect(Collectors.toMap(
                CapabilityStatementRestResourceComponent::getType,
                r -> r.getSearchParam().stream().map(p -> p.getName()).collect(Collectors.toSet())));
        assertThat(searchParams.keySet()).containsAll(OURS);
        assertThat(searchParams.get("ServiceRequest")).contains("subject", "patient", "_id", "_lastUpdated", "status");
        assertThat(searchParams.get("Task")).contains("subject", "patient", "status");
        assertThat(searchParams.get("AuditEvent")).contains("patient", "date", "_lastUpdated");
        assertThat(searchParams.get("HealthcareService")).contains("_id", "_content");
        assertThat(cs.getRestFirstRep().getResource()).filteredOn(r -> OURS.contains(r.getType()))
                .hasSize(OURS.size()).allSatisfy(r -> assertThat(r.getInteraction())
                .extracting(i -> i.getCode().toCode()).containsExactlyInAnyOrder("read", "search-type"));
    }
}
