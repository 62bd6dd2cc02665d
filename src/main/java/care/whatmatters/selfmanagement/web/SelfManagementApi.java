package care.whatmatters.selfmanagement.web;

import care.whatmatters.access.Actor;
import care.whatmatters.selfmanagement.MonitoringSummary;
import care.whatmatters.selfmanagement.SelfManagement;
import care.whatmatters.selfmanagement.SelfManagementSummary;
import care.whatmatters.selfmanagement.SelfMonitoring;
import care.whatmatters.selfmanagement.domain.Activation;
import care.whatmatters.selfmanagement.domain.MonitoringTarget;
import care.whatmatters.selfmanagement.domain.ReadingKind;
import care.whatmatters.selfmanagement.domain.SupportSession;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Activation, tailored support, sessions, consent to sources and targets (readings arrive as FHIR). */
@RestController
@RequestMapping("/api/v1/persons/{id}")
@Tag(name = "Supported self-management", description = "Activation, support, sessions, consented readings")
class SelfManagementApi {

    private final SelfManagement selfManagement;
    private final SelfMonitoring monitoring;

    SelfManagementApi(SelfManagement selfManagement, SelfMonitoring monitoring) {
        this.selfManagement = selfManagement;
        this.monitoring = monitoring;
    }

    record ActivationRequest(BigDecimal score, Integer level, String measuredOn) {
    }

    record SessionRequest(String kind, String heldOn, String facilitator, String notes, List<UUID> goalIds) {
    }

    record ConsentRequest(String source, String name) {
    }

    record TargetRequest(String kind, UUID goalId, String direction, BigDecimal value) {
    }

    record Support(ActivationView activation, boolean appOnlySuitable, List<String> digitalReasons,
            List<Suggestion> suggestions, List<SessionView> sessions) {
    }

    record ActivationView(BigDecimal score, int level, String meaning, LocalDate measuredOn, String recordedBy) {
        static ActivationView of(Activation a) {
            return new ActivationView(a.score(), a.level(), a.levelMeaning(), a.measuredOn(), a.recorded().by());
        }
    }

    record Suggestion(String key, String name, String channel, boolean appOnly, String insteadOf) {
    }

    record SessionView(UUID id, String kind, LocalDate heldOn, String facilitator, String notes, List<UUID> goalIds) {
        static SessionView of(SupportSession s) {
            return new SessionView(s.id(), s.kind().name(), s.heldOn(), s.facilitator(), s.notes(), s.goals());
        }
    }

    record Monitoring(List<ConsentView> consents, List<TrendView> trends) {
    }

    record ConsentView(UUID id, String source, String name, boolean byPerson, String givenBy, Instant givenAt,
            boolean active) {
    }

    record TrendView(String kind, String unit, List<ReadingView> readings, TargetView target, long metTarget) {
    }

    record ReadingView(Instant effectiveAt, BigDecimal value, BigDecimal diastolic, String source, String sourceId) {
    }

    record TargetView(String direction, BigDecimal value, UUID goalId) {
    }

    @GetMapping("/self-management")
    @Operation(summary = "Activation, the support suggested for it (tailored to digital inclusion), and sessions")
    Support support(Actor actor, @PathVariable UUID id) {
        SelfManagementSummary s = selfManagement.summary(actor, new PersonId(id));
        return new Support(s.latest().map(ActivationView::of).orElse(null), s.reach().appOnlySuitable(),
                s.reach().reasons(), s.suggestions().stream().map(x -> new Suggestion(x.offer().key(),
                        x.offer().name(), x.offer().channel(), x.offer().appOnly(),
                        x.insteadOf() == null ? null : x.insteadOf().key())).toList(),
                s.sessions().stream().map(SessionView::of).toList());
    }

    @PostMapping("/activation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a PAM score (0-100) and level (1-4), by a practitioner holding a PAM licence")
    ActivationView activation(Actor actor, @PathVariable UUID id, @RequestBody ActivationRequest a) {
        InputCheck check = new InputCheck();
        LocalDate on = check.date("measuredOn", body(a).measuredOn());
        check.orThrow();
        return ActivationView.of(selfManagement.recordActivation(actor, new PersonId(id), a.score(), a.level(), on));
    }

    @PostMapping("/self-management/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a coaching, peer support or education session, linked to plan goals",
            description = "kind: HEALTH_COACHING, PEER_SUPPORT or EDUCATION")
    SessionView session(Actor actor, @PathVariable UUID id, @RequestBody SessionRequest s) {
        InputCheck check = new InputCheck();
        LocalDate on = check.date("heldOn", body(s).heldOn());
        SupportSession.Kind kind = check.choice("kind", SupportSession.Kind.class, s.kind());
        check.orThrow();
        return SessionView.of(selfManagement.recordSession(actor, new PersonId(id), kind, on, s.facilitator(),
                s.notes(), s.goalIds()));
    }

    @GetMapping("/monitoring")
    @Operation(summary = "Consented sources and the latest readings of each kind against their targets")
    Monitoring monitoring(Actor actor, @PathVariable UUID id) {
        MonitoringSummary m = monitoring.summary(actor, new PersonId(id));
        return new Monitoring(m.consents().stream().map(c -> new ConsentView(c.id(), c.source(), c.name(),
                        c.byPerson(), c.given().by(), c.given().at(), c.active())).toList(),
                m.trends().stream().map(t -> new TrendView(t.kind().name(), t.kind().unit(), t.readings().stream()
                        .map(r -> new ReadingView(r.effectiveAt(), r.value(), r.second(), r.source(), r.sourceId()))
                        .toList(), t.target().map(x -> new TargetView(x.direction().name(), x.value(), x.goal()))
                        .orElse(null), t.met())).toList());
    }

    @PostMapping("/monitoring/consents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the person's consent to readings from an app or device",
            description = "source: the URI the source's Observations carry as identifier.system")
    ConsentView consent(Actor actor, @PathVariable UUID id, @RequestBody ConsentRequest c) {
        var saved = monitoring.consent(actor, new PersonId(id), body(c).source(), c.name());
        return new ConsentView(saved.id(), saved.source(), saved.name(), saved.byPerson(), saved.given().by(),
                saved.given().at(), true);
    }

    @PostMapping("/monitoring/consents/{consent}/withdraw")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw consent to a source: its readings are refused from now on")
    void withdraw(Actor actor, @PathVariable UUID id, @PathVariable UUID consent) {
        monitoring.withdrawConsent(actor, new PersonId(id), consent);
    }

    @PostMapping("/monitoring/targets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set what the person aims for with one kind of reading, linked to a plan goal",
            description = "kind: STEPS, HEART_RATE, BODY_WEIGHT, BLOOD_GLUCOSE, BLOOD_PRESSURE, SLEEP; direction: "
                    + "AT_LEAST or AT_MOST; value in the kind's unit")
    TargetView target(Actor actor, @PathVariable UUID id, @RequestBody TargetRequest t) {
        InputCheck check = new InputCheck();
        ReadingKind kind = check.choice("kind", ReadingKind.class, body(t).kind());
        MonitoringTarget.Direction direction = check.choice("direction", MonitoringTarget.Direction.class,
                t.direction());
        check.orThrow();
        MonitoringTarget saved = monitoring.setTarget(actor, new PersonId(id), kind, t.goalId(), direction, t.value());
        return new TargetView(saved.direction().name(), saved.value(), saved.goal());
    }

    private static <T> T body(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "is required");
        }
        return body;
    }
}
