package care.whatmatters.fhir.mapping;

import care.whatmatters.selfmanagement.domain.Reading;
import care.whatmatters.selfmanagement.domain.ReadingKind;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;

/**
 * A self-monitoring reading as an Observation: LOINC code of its kind, the value in the kind's own UCUM unit
 * (blood pressure as systolic and diastolic components), when it was taken, and the source's identifier.
 * Readings come in through {@link care.whatmatters.fhir.ObservationReadings}.
 */
public final class ObservationMapping {

    static final String LOINC = "http://loinc.org";
    /**
     * A source named without a URI scheme (as the self-management module allows) is answered under this
     * prefix, since an identifier's system must be absolute; readings sent back have it taken off again.
     */
    public static final String SOURCE_PREFIX = "urn:whatmatters:monitoring-source:";
    static final String UCUM = "http://unitsofmeasure.org";
    private static final Set<ReadingKind> VITAL_SIGNS = Set.of(ReadingKind.HEART_RATE, ReadingKind.BODY_WEIGHT,
            ReadingKind.BLOOD_PRESSURE);

    private ObservationMapping() {
    }

    public static Observation toFhir(Reading r) {
        Observation o = new Observation();
        o.setId(r.id().toString());
        o.getMeta().setLastUpdated(References.date(r.receivedAt()));
        o.addIdentifier().setSystem(r.source().contains(":") ? r.source() : SOURCE_PREFIX + r.source())
                .setValue(r.sourceId());
        o.setStatus(Observation.ObservationStatus.FINAL);
        if (VITAL_SIGNS.contains(r.kind())) {
            o.addCategory(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital Signs")));
        }
        o.setCode(new CodeableConcept(new Coding(LOINC, r.kind().loinc().getFirst(), null)).setText(r.kind().label()));
        o.setSubject(References.to("Patient", r.person().value()));
        o.setEffective(new DateTimeType(References.date(r.effectiveAt())));
        o.setIssued(References.date(r.receivedAt()));
        if (r.kind() == ReadingKind.BLOOD_PRESSURE) {
            o.addComponent().setCode(new CodeableConcept(new Coding(LOINC, ReadingKind.SYSTOLIC, null)))
                    .setValue(quantity(r.value(), r.kind().unit()));
            o.addComponent().setCode(new CodeableConcept(new Coding(LOINC, ReadingKind.DIASTOLIC, null)))
                    .setValue(quantity(r.second(), r.kind().unit()));
        } else {
            o.setValue(quantity(r.value(), r.kind().unit()));
        }
        return o;
    }

    private static Quantity quantity(java.math.BigDecimal value, String unit) {
        return new Quantity().setValue(value).setUnit(unit).setSystem(UCUM).setCode(unit);
    }
}
