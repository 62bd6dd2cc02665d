package care.whatmatters.fhir.resources;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.CopmProblem;
import care.whatmatters.outcome.domain.GoalScore;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.socialprescribing.domain.ReferralStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every resource type these providers return validates against base FHIR R4, in each of its shapes. */
class EveryResourceValidatesTest {

    private final ServiceRequestMapper serviceRequests = new ServiceRequestMapper(Fixtures.REFERRAL_CODE);

    @Test
    void aReferralJustReceivedIsAValidServiceRequestAndTask() {
        ResourceValidation.assertValid(serviceRequests.toFhir(Fixtures.received()));
        ResourceValidation.assertValid(TaskMapper.toFhir(Fixtures.received()));
    }

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void aReferralAtEveryStepIsAValidServiceRequestAndTask(ReferralStatus status) {
        boolean declined = status == ReferralStatus.DECLINED;
        serviceRequests.all(Fixtures.at(status, declined)).forEach(ResourceValidation::assertValid);
        ResourceValidation.assertValid(TaskMapper.toFhir(Fixtures.at(status, declined)));
    }

    @Test
    void outcomeResponsesOfEveryShapeAreValidQuestionnaireResponses() {
        ResourceValidation.assertValid(QuestionnaireResponseMapper.toFhir(Fixtures.ons4(false)));
        ResourceValidation.assertValid(QuestionnaireResponseMapper.toFhir(Fixtures.ons4(true)));
        ResourceValidation.assertValid(QuestionnaireResponseMapper.toFhir(Fixtures.of(Measure.GAS,
                new Answers.Goals(List.of(new GoalScore(UUID.randomUUID(), 1, 2, 2), new GoalScore(null, 0, null,
                        null))))));
        ResourceValidation.assertValid(QuestionnaireResponseMapper.toFhir(Fixtures.of(Measure.COPM,
                new Answers.Problems(List.of(new CopmProblem(6, 7)), List.of(new CopmProblem(3, 4))))));
        ResourceValidation.assertValid(QuestionnaireResponseMapper.toFhir(Fixtures.of(Measure.EQ5D,
                new Answers.Eq5dScore(new BigDecimal("0.725"), 70))));
    }

    @Test
    void consentsGivenWithdrawnAndTheDataOptOutAreValid() {
        ResourceValidation.assertValid(ConsentMapper.toFhir(Fixtures.consent(false)));
        ResourceValidation.assertValid(ConsentMapper.toFhir(Fixtures.consent(true)));
        ResourceValidation.assertValid(ConsentMapper.optOut(Fixtures.optedOut()));
    }

    @Test
    void directoryServicesAndPlacesAreValid() {
        ResourceValidation.assertValid(HealthcareServiceMapper.toFhir(Fixtures.service()));
        ResourceValidation.assertValid(LocationMapper.toFhir(Fixtures.service().locations().get(0)));
        ResourceValidation.assertValid(LocationMapper.toFhir(Fixtures.virtualPlace()));
    }

    @Test
    void careTeamsAndPractitionersAreValid() {
        ResourceValidation.assertValid(CareTeamMapper.toFhir(Fixtures.PERSON, Fixtures.team()));
        ResourceValidation.assertValid(CareTeamMapper.toFhir(Fixtures.PERSON, List.of()));
        ResourceValidation.assertValid(PractitionerMapper.toFhir(Fixtures.team().get(0).practitioner()));
    }

    @ParameterizedTest
    @EnumSource(AccessBasis.class)
    void accessLogEntriesOnEveryBasisAreValidAuditEvents(AccessBasis basis) {
        boolean allowed = basis != AccessBasis.NONE;
        ResourceValidation.assertValid(AuditEventMapper.toFhir(Fixtures.entry(AuditAction.READ, allowed, basis,
                basis == AccessBasis.BREAK_GLASS ? "Unconscious in A&E" : null)));
    }

    @ParameterizedTest
    @EnumSource(AuditAction.class)
    void accessLogEntriesForEveryActionAreValidAuditEvents(AuditAction action) {
        ResourceValidation.assertValid(AuditEventMapper.toFhir(Fixtures.entry(action, true, AccessBasis.CARE_TEAM,
                null)));
    }
}
