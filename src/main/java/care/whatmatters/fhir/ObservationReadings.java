package care.whatmatters.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import care.whatmatters.selfmanagement.domain.IncomingReading;
import care.whatmatters.selfmanagement.domain.ReadingKind;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.springframework.stereotype.Component;

/**
 * Maps FHIR R4 Observations (one, or a Bundle of them) to self-monitoring readings: the LOINC code gives the
 * kind, {@code valueQuantity} (or, for blood pressure, the systolic and diastolic components) the value and its
 * UCUM unit, {@code effective[x]} when it was taken, and the first identifier the source (its system) and the
 * reading's id there (its value). Every problem is reported against the entry, so a sender can correct it.
 */
@Component
public class ObservationReadings {

    static final String LOINC = "http://loinc.org";
    private static final Set<Observation.ObservationStatus> ACCEPTED = Set.of(Observation.ObservationStatus.FINAL,
            Observation.ObservationStatus.AMENDED, Observation.ObservationStatus.CORRECTED);

    private final FhirContext fhir;

    ObservationReadings(FhirContext fhir) {
        this.fhir = fhir;
    }

    /** Parses the JSON and maps every Observation in it; a problem anywhere refuses the whole request. */
    public List<IncomingReading> read(String json, PersonId person) {
        IBaseResource resource;
        try {
            resource = fhir.newJsonParser().parseResource(json);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new NotFhirJson();
        }
        List<Observation> observations = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        if (resource instanceof Observation o) {
            observations.add(o);
        } else if (resource instanceof Bundle b) {
            for (int i = 0; i < b.getEntry().size(); i++) {
                if (b.getEntry().get(i).getResource() instanceof Observation o) {
                    observations.add(o);
                } else {
                    problems.add(new FieldProblem("entry[" + i + "].resource", "must be an Observation"));
                }
            }
        } else {
            throw InvalidInputException.of("resourceType", "must be Observation or a Bundle of Observations");
        }
        List<IncomingReading> readings = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            String at = resource instanceof Bundle ? "entry[" + i + "]" : "observation";
            reading(at, observations.get(i), person, problems).ifPresent(readings::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return readings;
    }

    /** Maps one parsed Observation (the FHIR server's create); every problem is reported at once. */
    public IncomingReading read(Observation observation, PersonId person) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<IncomingReading> reading = reading("observation", observation, person, problems);
        if (!problems.isEmpty() || reading.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return reading.get();
    }

    private Optional<IncomingReading> reading(String at, Observation o, PersonId person, List<FieldProblem> problems) {
        int before = problems.size();
        if (!o.hasStatus() || !ACCEPTED.contains(o.getStatus())) {
            problems.add(new FieldProblem(at + ".status", "must be final, amended or corrected"));
        }
        String subject = o.getSubject().getReference();
        if (subject != null && subject.startsWith("Patient/") && !subject.equals("Patient/" + person.value())) {
            problems.add(new FieldProblem(at + ".subject", "refers to someone else: it must be Patient/" + person.value()));
        }
        Optional<ReadingKind> kind = o.getCode().getCoding().stream().filter(c -> LOINC.equals(c.getSystem()))
                .map(Coding::getCode).map(ReadingKind::byLoinc).flatMap(Optional::stream).findFirst();
        if (kind.isEmpty()) {
            problems.add(new FieldProblem(at + ".code", "must carry a LOINC code (system " + LOINC + ") for steps, "
                    + "heart rate, body weight, blood glucose, blood pressure or sleep"));
        }
        Identifier id = o.getIdentifier().stream().filter(x -> x.hasSystem() && x.hasValue()).findFirst().orElse(null);
        if (id == null) {
            problems.add(new FieldProblem(at + ".identifier", "is required: its system names the app or device that "
                    + "sent the reading, its value is the reading's id there"));
        }
        Instant effective = effective(o);
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (kind.get() == ReadingKind.BLOOD_PRESSURE) {
            Quantity systolic = component(o, ReadingKind.SYSTOLIC);
            Quantity diastolic = component(o, ReadingKind.DIASTOLIC);
            if (diastolic != null && systolic != null && !unit(systolic).equals(unit(diastolic))) {
                problems.add(new FieldProblem(at + ".component", "systolic and diastolic must have the same unit"));
                return Optional.empty();
            }
            return Optional.of(new IncomingReading(at, kind.get(), value(systolic), value(diastolic),
                    systolic == null ? null : unit(systolic), effective, source(id), id.getValue()));
        }
        Quantity q = o.hasValueQuantity() ? o.getValueQuantity() : null;
        return Optional.of(new IncomingReading(at, kind.get(), value(q), null, q == null ? null : unit(q), effective,
                source(id), id.getValue()));
    }

    private static String source(Identifier id) {
        String system = id.getSystem();
        return system.startsWith(care.whatmatters.fhir.mapping.ObservationMapping.SOURCE_PREFIX)
                ? system.substring(care.whatmatters.fhir.mapping.ObservationMapping.SOURCE_PREFIX.length()) : system;
    }

    private static Instant effective(Observation o) {
        Date when = null;
        if (o.hasEffectiveDateTimeType()) {
            when = o.getEffectiveDateTimeType().getValue();
        } else if (o.hasEffectivePeriod()) {
            when = o.getEffectivePeriod().hasEnd() ? o.getEffectivePeriod().getEnd() : o.getEffectivePeriod().getStart();
        } else if (o.hasEffectiveInstantType()) {
            when = o.getEffectiveInstantType().getValue();
        }
        return when == null ? null : when.toInstant();
    }

    private static Quantity component(Observation o, String loinc) {
        return o.getComponent().stream()
                .filter(c -> c.getCode().getCoding().stream().anyMatch(x -> LOINC.equals(x.getSystem())
                        && loinc.equals(x.getCode())))
                .filter(Observation.ObservationComponentComponent::hasValueQuantity)
                .map(Observation.ObservationComponentComponent::getValueQuantity).findFirst().orElse(null);
    }

    private static BigDecimal value(Quantity q) {
        return q == null || !q.hasValue() ? null : q.getValue();
    }

    private static String unit(Quantity q) {
        return q.hasCode() ? q.getCode() : q.getUnit();
    }

    /** The body is not FHIR JSON at all: answered as 400, like any unreadable body. */
    public static final class NotFhirJson extends RuntimeException {

        NotFhirJson() {
            super("The body is not valid FHIR R4 JSON.");
        }
    }
}
