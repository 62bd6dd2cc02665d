package care.whatmatters.fhir.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Accounts;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.RecordAccessDeniedException;
import care.whatmatters.audit.AuditEntry;
import care.whatmatters.audit.AuditLog;
import care.whatmatters.fhir.EverythingRequest;
import care.whatmatters.fhir.PatientCompartment;
import care.whatmatters.person.ConnectedPeople;
import care.whatmatters.query.Queries;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The read-only FHIR resource providers as beans, on the real database, with the signed-in account in the
 * security context as the FHIR server will have it: the care team reads the person's resources, an outsider is
 * refused and the refusal audited, search by subject finds them, and the directory needs no relationship.
 */
@IntegrationTest
class FhirResourceProvidersIT {

    @LocalServerPort
    int port;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    Accounts accountRegister;
    @Autowired
    AuditLog audit;
    @Autowired
    ServiceRequestProvider serviceRequests;
    @Autowired
    TaskProvider tasks;
    @Autowired
    QuestionnaireResponseProvider responses;
    @Autowired
    ConsentProvider consents;
    @Autowired
    CareTeamProvider careTeams;
    @Autowired
    PractitionerProvider practitioners;
    @Autowired
    AuditEventProvider auditEvents;
    @Autowired
    HealthcareServiceProvider services;
    @Autowired
    LocationProvider locations;
    @Autowired
    List<PatientCompartment> compartments;
    @Autowired
    RecordAccess recordAccess;
    @Autowired
    ConnectedPeople connectedPeople;
    @Autowired
    Queries queries;

    private UUID person;
    private String referral;

    @BeforeEach
    void aPersonWithAReferralAnOutcomeAndAConsent() {
        ApiClient gp = ApiClient.as(port, "gp");
        person = TestPeople.register(gp, "Fhirresource");
        String base = "/api/v1/persons/" + person;
        ApiClient.Response referred = gp.post(base + "/referrals", TestPeople.json(Map.of("source", "GP",
                "reasons", "Lonely since moving to the area", "needs", List.of("loneliness"))));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        referral = referred.json().get("id").asString();
        assertThat(gp.post(base + "/outcomes", "{\"measure\":\"ons4\",\"answeredOn\":\"" + LocalDate.now()
                + "\",\"answers\":[7,8,6,3]}").status()).isEqualTo(201);
        assertThat(gp.post(base + "/monitoring/consents", TestPeople.json(Map.of("source",
                "https://example.org/steps-app", "name", "Steps app"))).status()).isEqualTo(201);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        UserDetails principal = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private ReferenceParam subject() {
        return new ReferenceParam("Patient/" + person);
    }

    @Test
    void theCareTeamReadsAndSearchesThePersonsReferralAsServiceRequestAndTask() {
        signIn("gp");
        ServiceRequest sr = serviceRequests.read(new IdType("ServiceRequest", referral));
        assertThat(sr.getSubject().getReference()).isEqualTo("Patient/" + person);
        assertThat(sr.getStatus().toCode()).isEqualTo("active");
        assertThat(serviceRequests.search(subject(), null, null, null, null)).extracting(this::id)
                .containsExactly(referral);
        assertThat(serviceRequests.search(null, subject(), null, null, new TokenParam("completed"))).isEmpty();
        Task task = tasks.read(new IdType("Task", referral));
        assertThat(task.getStatus().toCode()).isEqualTo("requested");
        assertThat(tasks.search(subject(), null, null, null, new TokenParam("requested"))).extracting(this::id)
                .containsExactly(referral);
        assertThat(serviceRequests.search(null, null, new TokenAndListParam().addAnd(new TokenParam(referral)), null,
                null)).extracting(this::id).containsExactly(referral);
        ResourceValidation.assertValid(sr);
        ResourceValidation.assertValid(task);
    }

    @Test
    void anOnwardReferralToADirectoryServiceIsAServiceRequestOfItsOwnWithNoTask() {
        signIn("outsider");
        String service = id((HealthcareService) services.search(null, null).getResources(0, 1).get(0));
        ApiClient linkWorker = ApiClient.as(port, "linkworker");
        String base = "/api/v1/persons/" + person + "/referrals/" + referral;
        assertThat(linkWorker.post(base + "/take", "").status()).isEqualTo(200);
        for (Map<String, Object> step : List.<Map<String, Object>>of(Map.of("status", "CONTACTED"),
                Map.of("status", "ENGAGED"), Map.of("status", "PLAN_AGREED", "note", "Try a walking group"),
                Map.of("status", "CONNECTED", "serviceId", service))) {
            ApiClient.Response moved = linkWorker.post(base + "/steps", TestPeople.json(step));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
        signIn("gp");
        List<ServiceRequest> both = serviceRequests.search(subject(), null, null, null, new TokenParam("active"));
        assertThat(both).hasSize(2);
        ServiceRequest onward = both.stream().filter(sr -> !id(sr).equals(referral)).findFirst().orElseThrow();
        assertThat(onward.getPerformerFirstRep().getReference()).isEqualTo("HealthcareService/" + service);
        assertThat(onward.getBasedOnFirstRep().getReference()).isEqualTo("ServiceRequest/" + referral);
        assertThat(id(serviceRequests.read(onward.getIdElement()))).isEqualTo(id(onward));
        assertThat(tasks.read(new IdType("Task", referral)).getStatus().toCode()).isEqualTo("in-progress");
        assertThatThrownBy(() -> tasks.read(new IdType("Task", id(onward)))).isInstanceOf(NotFoundException.class);
        ResourceValidation.assertValid(onward);
    }

    @Test
    void theCareTeamReadsOutcomesConsentsAndTheTeam() {
        signIn("gp");
        List<QuestionnaireResponse> found = responses.search(subject(), null, null, null, null);
        assertThat(found).hasSize(1);
        assertThat(id(responses.read(found.get(0).getIdElement()))).isEqualTo(id(found.get(0)));
        List<Consent> given = consents.search(subject(), null, null, null, new TokenParam("active"));
        assertThat(given).hasSize(1);
        assertThat(id(consents.read(given.get(0).getIdElement()))).isEqualTo(id(given.get(0)));
        CareTeam team = careTeams.read(new IdType("CareTeam", person.toString()));
        assertThat(team.getParticipant()).extracting(p -> p.getMember().getDisplay()).contains("Dr Priya Shah");
        String gpId = team.getParticipantFirstRep().getMember().getReferenceElement().getIdPart();
        assertThat(practitioners.read(new IdType("Practitioner", gpId)).getNameFirstRep().getText()).isNotBlank();
        List<Resource> all = List.of(found.get(0), given.get(0), team);
        all.forEach(ResourceValidation::assertValid);
    }

    @Test
    void anOutsiderIsRefusedEveryPersonalResourceAndEachRefusalIsAudited() {
        signIn("outsider");
        assertThatThrownBy(() -> serviceRequests.read(new IdType("ServiceRequest", referral)))
                .isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> tasks.search(subject(), null, null, null, null))
                .isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> responses.search(subject(), null, null, null, null))
                .isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> consents.search(null, subject(), null, null, null))
                .isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> careTeams.read(new IdType("CareTeam", person.toString())))
                .isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> auditEvents.search(subject(), null, null, null))
                .isInstanceOf(RecordAccessDeniedException.class);
        List<AuditEntry> refusals = audit.about(new PersonId(person), 100).stream()
                .filter(e -> "outsider".equals(e.actor().username()) && !e.allowed()).toList();
        assertThat(refusals).extracting(AuditEntry::resource)
                .contains("referral", "referrals", "outcomes", "consents", "care team", "access log");
    }

    @Test
    void theAccessLogIsReadByTheCareTeamAndRepresentativesButNotTheAdministrator() {
        signIn("gp");
        List<AuditEvent> log = auditEvents.search(subject(), null, null, null);
        assertThat(log).isNotEmpty();
        assertThat(id(auditEvents.read(log.get(0).getIdElement()))).isEqualTo(id(log.get(0)));
        ResourceValidation.assertValid(log.get(0));
        signIn("admin");
        assertThatThrownBy(() -> auditEvents.search(subject(), null, null, null))
                .isInstanceOf(RecordAccessDeniedException.class);
        signIn("carer");
        UUID carer = accountRegister.find("carer").orElseThrow().id();
        PersonId margaret = accountRegister.peopleActedFor(carer).get(0);
        assertThat(auditEvents.search(new ReferenceParam("Patient/" + margaret.value()), null, null, null))
                .isNotEmpty();
    }

    @Test
    void thePatientCompartmentGathersTheseResourcesForEverything() {
        signIn("gp");
        AccessGrant grant = recordAccess.read(FhirActor.current(), new PersonId(person), "everything");
        var request = new EverythingRequest(grant, connectedPeople.readQuery(grant));
        compartments.forEach(c -> c.ask(request));
        request.read(queries);
        List<String> types = compartments.stream().flatMap(c -> c.everything(request).stream())
                .map(r -> r.fhirType()).distinct().toList();
        assertThat(types).contains("ServiceRequest", "Task", "QuestionnaireResponse", "Consent", "CareTeam")
                .as("the access log is asked for on its own, not grown by every $everything")
                .doesNotContain("AuditEvent");
    }

    @Test
    void theDirectoryIsReadWithNoCareRelationship() {
        signIn("outsider");
        IBundleProvider all = services.search(null, null);
        assertThat(all.size()).isPositive();
        List<IBaseResource> page = all.getResources(0, 5);
        assertThat(page).hasSizeBetween(1, 5);
        HealthcareService first = (HealthcareService) page.get(0);
        assertThat(id(services.read(first.getIdElement()))).isEqualTo(id(first));
        ResourceValidation.assertValid(first);
        assertThat(services.search(null, new StringParam("walking")).size()).isPositive();
        IBundleProvider places = locations.search(null);
        assertThat(places.size()).isPositive();
        Location place = (Location) places.getResources(0, 1).get(0);
        assertThat(id(locations.read(place.getIdElement()))).isEqualTo(id(place));
        ResourceValidation.assertValid(place);
        assertThat(practitioners.search(null, new StringParam("Priya"))).isNotEmpty();
    }

    @Test
    void aSearchMustSayWhoseRecordAndNobodySignedInIsRefused() {
        signIn("gp");
        assertThatThrownBy(() -> serviceRequests.search(null, null, null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> serviceRequests.read(new IdType("ServiceRequest", UUID.randomUUID().toString())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.read(new IdType("HealthcareService", "not-a-uuid")))
                .isInstanceOf(NotFoundException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> services.search(null, null)).isInstanceOf(AccessDeniedException.class);
    }

    private String id(Resource r) {
        return r.getIdElement().getIdPart();
    }
}
