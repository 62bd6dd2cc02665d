package care.whatmatters.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.careplan.PlanDraft;
import care.whatmatters.careplan.domain.ActionDetails;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.PlanAction;
import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.fhir.mapping.CarePlanMapping;
import care.whatmatters.fhir.mapping.GoalMapping;
import care.whatmatters.fhir.mapping.ObservationMapping;
import care.whatmatters.fhir.mapping.PatientMapping;
import care.whatmatters.person.ConnectedRecord;
import care.whatmatters.person.domain.ContactDetails;
import care.whatmatters.person.domain.Demographics;
import care.whatmatters.person.domain.OtherIdentifier;
import care.whatmatters.person.domain.Person;
import care.whatmatters.person.domain.Postcode;
import care.whatmatters.person.domain.Sex;
import care.whatmatters.selfmanagement.domain.IncomingReading;
import care.whatmatters.selfmanagement.domain.Reading;
import care.whatmatters.selfmanagement.domain.ReadingKind;
import care.whatmatters.shared.NhsNumber;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** Domain → FHIR → domain: what the API answers, sent back, means the same record; and it validates. */
class FhirMappingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Stamp STAMP = new Stamp("Sam Okafor, Occupational therapist",
            Instant.parse("2026-03-02T09:00:00Z"));
    private static final PersonId PERSON = new PersonId(UUID.fromString("0190f5c4-7e1a-7abc-8def-0123456789ab"));

    private static Demographics demographics(NhsNumber nhs) {
        return new Demographics(nhs, "Pat Q", "Bench", LocalDate.of(1961, 4, 12), Sex.FEMALE, null, null,
                new Postcode("LS1 1AA"), null, "Welsh", false, null, null, false);
    }

    @Test
    void aPatientSentBackMeansTheSamePerson() {
        ConnectedRecord record = new ConnectedRecord(new Person(PERSON, demographics(new NhsNumber("9434765919")),
                STAMP, STAMP, null), List.of(new OtherIdentifier("urn:bench", "b-1")),
                new ContactDetails("+44 7700 900123", "12 High Street\nFlat 2", "Leeds", "GB"), 3);
        Patient patient = PatientMapping.toFhir(record);
        assertThat(patient.getMeta().getVersionId()).isEqualTo("3");
        assertThat(FhirValidation.errors(patient)).isEmpty();

        PatientMapping.Incoming back = PatientMapping.fromFhir(patient);
        assertThat(back.details().toDemographics(TODAY, false)).isEqualTo(record.person().demographics());
        assertThat(back.identifiers()).isEqualTo(record.identifiers());
        assertThat(back.contact()).isEqualTo(record.contact());
    }

    @Test
    void aPatientWithoutAnNhsNumberHasOnlyItsOtherIdentifiers() {
        ConnectedRecord record = new ConnectedRecord(new Person(PERSON, demographics(null), STAMP, STAMP, null),
                List.of(new OtherIdentifier("urn:bench", "b-2")), ContactDetails.NONE, 1);
        Patient patient = PatientMapping.toFhir(record);
        assertThat(patient.getIdentifier()).singleElement().satisfies(i -> assertThat(i.getSystem())
                .isEqualTo("urn:bench"));
        assertThat(PatientMapping.fromFhir(patient).details().toDemographics(TODAY, false).nhsNumber()).isNull();
        assertThat(FhirValidation.errors(patient)).isEmpty();
    }

    /** Found by HostileInputIT: a phone entry whose number was lost (an unknown key) was a 500. */
    @Test
    void aPhoneEntryWithoutANumberIsSkippedForTheNextOne() {
        Patient patient = PatientMapping.toFhir(new ConnectedRecord(new Person(PERSON, demographics(null), STAMP,
                STAMP, null), List.of(new OtherIdentifier("urn:bench", "b-3")), ContactDetails.NONE, 1));
        patient.addTelecom().setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.PHONE);
        assertThat(PatientMapping.fromFhir(patient).contact().phone()).isNull();
        patient.addTelecom().setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.PHONE).setValue("0113 496 0000");
        assertThat(PatientMapping.fromFhir(patient).contact().phone()).isEqualTo("0113 496 0000");
    }

    @Test
    void aCarePlanSentBackMeansTheSamePlan() {
        CarePlan plan = CarePlan.start(UUID.randomUUID(), PERSON, LocalDate.of(2026, 9, 1), TODAY, STAMP);
        UUID matters = plan.addWhatMatters("Getting to lectures on my own", STAMP);
        UUID goal = plan.addGoal(matters, "Take the bus to campus by June", STAMP);
        plan.addAction(new ActionDetails(goal, "Practise the route", "Travel trainer", LocalDate.of(2026, 5, 1),
                SupportComponent.SELF_MANAGEMENT), STAMP);
        plan.addActionAsSent(new ActionDetails(null, "Weekly coaching call", null, null, SupportComponent.OTHER), STAMP);
        plan.setContingency("If the bus is cancelled, call Mum", STAMP);

        org.hl7.fhir.r4.model.CarePlan fhir = CarePlanMapping.toFhir(plan);
        assertThat(fhir.getStatus()).isEqualTo(org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.DRAFT);
        assertThat(fhir.getMeta().getVersionId()).isEqualTo("1");
        assertThat(FhirValidation.errors(fhir)).isEmpty();

        PlanDraft back = CarePlanMapping.fromFhir(fhir);
        assertThat(back.reviewDate()).isEqualTo(plan.reviewDate());
        assertThat(back.contingency()).isEqualTo(plan.contingency());
        assertThat(back.actions()).containsExactlyElementsOf(plan.allActions().stream()
                .map(a -> new PlanDraft.Action(a.id(), a.goalId(), a.description(), a.owner(), a.dueDate(),
                        a.component())).toList());
    }

    @Test
    void aGoalSentBackKeepsItsWords() {
        CarePlan plan = CarePlan.start(UUID.randomUUID(), PERSON, LocalDate.of(2026, 9, 1), TODAY, STAMP);
        UUID matters = plan.addWhatMatters("Getting to lectures on my own", STAMP);
        plan.addGoal(matters, "Take the bus to campus by June", STAMP);
        var goal = plan.allGoals().getFirst();
        org.hl7.fhir.r4.model.Goal fhir = GoalMapping.toFhir(plan, goal);
        assertThat(fhir.getLifecycleStatus()).isEqualTo(org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.PROPOSED);
        assertThat(GoalMapping.text(fhir)).isEqualTo(goal.text());
        assertThat(FhirValidation.errors(fhir)).isEmpty();
    }

    @Test
    void anObservationSentBackIsTheSameReading() {
        ObservationReadings readings = new ObservationReadings(FhirValidation.context());
        for (Reading reading : List.of(
                new Reading(UUID.randomUUID(), PERSON, ReadingKind.HEART_RATE, new BigDecimal("72"), null,
                        Instant.parse("2026-03-01T08:00:00Z"), "watch-app", "r-1", Instant.parse("2026-03-01T08:05:00Z")),
                new Reading(UUID.randomUUID(), PERSON, ReadingKind.BLOOD_PRESSURE, new BigDecimal("128"),
                        new BigDecimal("82"), Instant.parse("2026-03-01T08:00:00Z"), "cuff-app", "r-2",
                        Instant.parse("2026-03-01T08:05:00Z")))) {
            Observation fhir = ObservationMapping.toFhir(reading);
            assertThat(FhirValidation.errors(fhir)).as(reading.kind().name()).isEmpty();
            IncomingReading back = readings.read(fhir, PERSON);
            assertThat(back.kind()).isEqualTo(reading.kind());
            assertThat(back.value()).isEqualByComparingTo(reading.value());
            if (reading.second() != null) {
                assertThat(back.second()).isEqualByComparingTo(reading.second());
            }
            assertThat(back.unit()).isEqualTo(reading.kind().unit());
            assertThat(back.effectiveAt()).isEqualTo(reading.effectiveAt());
            assertThat(back.source()).isEqualTo(reading.source());
            assertThat(back.sourceId()).isEqualTo(reading.sourceId());
        }
    }

    @Test
    void plannedActionsOnlyCountLiveOnes() {
        CarePlan plan = CarePlan.start(UUID.randomUUID(), PERSON, LocalDate.of(2026, 9, 1), TODAY, STAMP);
        UUID action = plan.addActionAsSent(new ActionDetails(null, "Call", null, null, SupportComponent.OTHER), STAMP);
        plan.voidAction(action, "Sent in error", STAMP);
        assertThat(CarePlanMapping.toFhir(plan).getActivity()).isEmpty();
        assertThat(plan.allActions()).extracting(PlanAction::live).containsExactly(false);
    }
}
