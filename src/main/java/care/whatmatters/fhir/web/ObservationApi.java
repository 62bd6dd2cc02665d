package care.whatmatters.fhir.web;

import care.whatmatters.access.Actor;
import care.whatmatters.fhir.ObservationReadings;
import care.whatmatters.selfmanagement.SelfMonitoring;
import care.whatmatters.selfmanagement.domain.Reading;
import care.whatmatters.shared.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Readings from apps and wearables as FHIR R4 Observations, one by one or as a Bundle. The whole request is
 * stored or none of it; a reading already received (same source and id) is counted as a duplicate and
 * ignored, so sending again is safe.
 */
@RestController
@Tag(name = "FHIR: self-monitoring readings", description = "FHIR R4 Observations from apps and wearables")
class ObservationApi {

    private final ObservationReadings observations;
    private final SelfMonitoring monitoring;

    ObservationApi(ObservationReadings observations, SelfMonitoring monitoring) {
        this.observations = observations;
        this.monitoring = monitoring;
    }

    record Received(int accepted, int duplicates, List<ReadingView> readings) {
    }

    record ReadingView(UUID id, String kind, BigDecimal value, BigDecimal diastolic, String unit, Instant effectiveAt,
            String source, String sourceId) {
        static ReadingView of(Reading r) {
            return new ReadingView(r.id(), r.kind().name(), r.value(), r.second(), r.kind().unit(), r.effectiveAt(),
                    r.source(), r.sourceId());
        }
    }

    @PostMapping(path = "/api/v1/persons/{id}/observations",
            consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Receive self-monitoring readings as FHIR R4 Observation JSON (one, or a Bundle)",
            description = "LOINC-coded steps (41950-7, 55423-8), heart rate (8867-4), body weight (29463-7, 3141-9), "
                    + "blood glucose (15074-8, 14743-9, 2339-0, 41653-7), blood pressure (85354-9 with components "
                    + "8480-6 and 8462-4) or sleep (93832-4), with a UCUM valueQuantity, effective[x] and an identifier "
                    + "whose system is a source the person consented to. Answers how many were new and how many were "
                    + "duplicates; a bad or unconsented reading refuses the whole request with 422.")
    ResponseEntity<Received> receive(Actor actor, @PathVariable UUID id, @RequestBody String body) {
        PersonId person = new PersonId(id);
        SelfMonitoring.Received received = monitoring.receive(actor, person, observations.read(body, person));
        return ResponseEntity.status(received.accepted() > 0 ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Received(received.accepted(), received.duplicates(),
                        received.readings().stream().map(ReadingView::of).toList()));
    }

    @ExceptionHandler(ObservationReadings.NotFhirJson.class)
    ResponseEntity<ProblemDetail> notFhir(ObservationReadings.NotFhirJson e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not valid FHIR R4 JSON: send an Observation, or a Bundle of Observations.");
        problem.setTitle("The request could not be read");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
