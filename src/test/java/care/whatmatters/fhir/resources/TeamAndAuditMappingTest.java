package care.whatmatters.fhir.resources;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.audit.AuditEntry;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Practitioner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamAndAuditMappingTest {

    @Test
    void aCareTeamIsThePersonsWithEachMemberTheirRoleAndSince() {
        CareTeam team = CareTeamMapper.toFhir(Fixtures.PERSON, Fixtures.team());
        assertThat(team.getIdElement().getIdPart()).isEqualTo(Fixtures.PERSON.value().toString());
        assertThat(team.getSubject().getReference()).isEqualTo("Patient/" + Fixtures.PERSON.value());
        assertThat(team.getParticipant()).extracting(p -> p.getMember().getReference()).containsExactly(
                "Practitioner/" + Fixtures.GP.value(), "Practitioner/" + Fixtures.LINK_WORKER.value());
        assertThat(team.getParticipant()).extracting(p -> p.getRoleFirstRep().getText())
                .containsExactly("GP (lead)", "Social prescribing link worker");
        assertThat(team.getMeta().getLastUpdated().toInstant()).isEqualTo(Fixtures.AT.plusSeconds(7200));
    }

    @Test
    void aPractitionerIsOnlyTheirNameAndProfession() {
        Practitioner p = PractitionerMapper.toFhir(Fixtures.team().get(1).practitioner());
        assertThat(p.getIdElement().getIdPart()).isEqualTo(Fixtures.LINK_WORKER.value().toString());
        assertThat(p.getNameFirstRep().getText()).isEqualTo("Jordan Ellis");
        assertThat(p.getQualificationFirstRep().getCode().getText()).isEqualTo("Social prescribing link worker");
        assertThat(p.hasIdentifier()).isFalse();
        assertThat(p.hasTelecom()).isFalse();
    }

    @Test
    void anAllowedReadSaysWhoWhatAboutWhomAndOnWhatBasis() {
        AuditEntry e = Fixtures.entry(AuditAction.READ, true, AccessBasis.CARE_TEAM, null);
        AuditEvent event = AuditEventMapper.toFhir(e);
        assertThat(event.getIdElement().getIdPart()).isEqualTo(e.id().toString());
        assertThat(event.getAction()).isEqualTo(AuditEventAction.R);
        assertThat(event.getOutcome().toCode()).isEqualTo("0");
        assertThat(event.getAgentFirstRep().getName()).isEqualTo("Sam Okafor");
        assertThat(event.getEntityFirstRep().getWhat().getReference()).isEqualTo("Patient/" + Fixtures.PERSON.value());
        assertThat(event.getEntityFirstRep().getName()).isEqualTo("plan");
        assertThat(event.getPurposeOfEventFirstRep().getCodingFirstRep().getCode()).isEqualTo("TREAT");
        assertThat(event.getRecorded().toInstant()).isEqualTo(Fixtures.AT);
    }

    @Test
    void aRefusalIsAFailureWithNoPurposeAndBreakGlassCarriesItsReason() {
        AuditEvent refused = AuditEventMapper.toFhir(Fixtures.entry(AuditAction.READ, false, AccessBasis.NONE, null));
        assertThat(refused.getOutcome().toCode()).isEqualTo("4");
        assertThat(refused.getOutcomeDesc()).startsWith("Refused");
        assertThat(refused.hasPurposeOfEvent()).isFalse();
        AuditEvent emergency = AuditEventMapper.toFhir(Fixtures.entry(AuditAction.BREAK_GLASS, true,
                AccessBasis.BREAK_GLASS, "Unconscious in A&E"));
        assertThat(emergency.getPurposeOfEventFirstRep().getCodingFirstRep().getCode()).isEqualTo("ETREAT");
        assertThat(emergency.getAgentFirstRep().getPurposeOfUseFirstRep().getText()).isEqualTo("Unconscious in A&E");
    }

    @ParameterizedTest
    @CsvSource({"READ,R", "EXPORT,R", "SEARCH,E", "CREATE,C", "BREAK_GLASS,C", "UPDATE,U", "VOID,U"})
    void everyActionHasItsFhirAction(AuditAction action, String code) {
        assertThat(AuditEventMapper.action(action).toCode()).isEqualTo(code);
    }
}
