package care.whatmatters.outcome.web;

import care.whatmatters.access.Actor;
import care.whatmatters.outcome.CollaborateResults;
import care.whatmatters.outcome.GoalAttainment;
import care.whatmatters.outcome.OutcomeRecords;
import care.whatmatters.outcome.ResponseView;
import care.whatmatters.outcome.TrendView;
import care.whatmatters.outcome.domain.GoalScale;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** A person's recorded outcome measures, their change over time, and Goal Attainment Scaling on the plan. */
@RestController
@Tag(name = "Outcomes", description = "Outcome measures recorded for a person, and change over time")
class OutcomeApi {

    private final OutcomeRecords records;
    private final GoalAttainment attainment;
    private final CollaborateResults collaborate;

    OutcomeApi(OutcomeRecords records, GoalAttainment attainment, CollaborateResults collaborate) {
        this.records = records;
        this.attainment = attainment;
        this.collaborate = collaborate;
    }

    record Outcomes(List<ResponseView> responses, List<TrendView> trends) {
    }

    record ScaleRequest(String expected, Integer baseline, Integer importance, Integer difficulty) {
    }

    record ScaleView(UUID goalId, String expected, int baseline, Integer importance, Integer difficulty,
            String setBy) {
        static ScaleView of(GoalScale s) {
            return new ScaleView(s.goal(), s.expected(), s.baseline(), s.importance(), s.difficulty(), s.set().by());
        }
    }

    record ServiceScoreView(String service, long responses, BigDecimal topBoxPercentage, boolean reported,
            String note) {
    }

    @GetMapping("/api/v1/persons/{id}/outcomes")
    @Operation(summary = "The person's responses and the change over time of each score")
    Outcomes outcomes(Actor actor, @PathVariable UUID id) {
        var grant = records.grantFor(actor, new PersonId(id));
        return new Outcomes(records.responses(grant).stream().map(ResponseView::of).toList(),
                records.trends(grant).stream().map(TrendView::of).toList());
    }

    @PostMapping("/api/v1/persons/{id}/outcomes")
    @Operation(summary = "Record a completed measure for the person",
            description = "Body: {\"measure\":\"ons4\",\"answeredOn\":\"YYYY-MM-DD\"} plus the answers in the shape "
                    + "the scoring endpoint takes. COPM and EQ-5D scores only from a licensed practitioner.")
    ResponseEntity<ResponseView> record(Actor actor, @PathVariable UUID id, @RequestBody JsonNode body) {
        if (body == null || !body.isObject() || body.get("measure") == null) {
            throw InvalidInputException.of("measure", "is required (ons4, wemwbs, swemwbs, copm, collaborate, "
                    + "mycaw or eq5d)");
        }
        Measure measure = Measure.byCode(body.get("measure").asString());
        InputCheck check = new InputCheck();
        LocalDate on = check.date("answeredOn", body.get("answeredOn") == null ? null : body.get("answeredOn").asString());
        check.orThrow();
        ResponseView saved = ResponseView.of(records.record(actor, new PersonId(id), measure, on,
                AnswerRequests.read(measure, body)));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/outcomes/" + saved.id())).body(saved);
    }

    @PostMapping("/api/v1/persons/{id}/outcomes/{responseId}/void")
    @Operation(summary = "Void a response recorded by mistake, with a reason")
    ResponseEntity<Void> voidResponse(Actor actor, @PathVariable UUID id, @PathVariable UUID responseId,
            @RequestBody Map<String, String> body) {
        records.voidResponse(actor, new PersonId(id), responseId, body == null ? null : body.get("reason"));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/persons/{id}/goal-attainment/goals/{goalId}")
    @Operation(summary = "Set a plan goal's expected level (while the goal is agreed)",
            description = "baseline: -1 or -2; importance and difficulty 0..3, both or neither.")
    ScaleView setScale(Actor actor, @PathVariable UUID id, @PathVariable UUID goalId, @RequestBody ScaleRequest s) {
        if (s == null) {
            throw InvalidInputException.of("body", "is required");
        }
        return ScaleView.of(attainment.setExpectedLevel(actor, new PersonId(id), goalId, s.expected(), s.baseline(),
                s.importance(), s.difficulty()));
    }

    @PostMapping("/api/v1/persons/{id}/goal-attainment/reviews")
    @Operation(summary = "Score the plan's goals at review",
            description = "Body: {\"answeredOn\":\"YYYY-MM-DD\",\"goals\":[{\"goalId\":\"...\",\"attainment\":-2..2}]}")
    ResponseEntity<ResponseView> review(Actor actor, @PathVariable UUID id, @RequestBody JsonNode body) {
        Map<UUID, Integer> scores = new LinkedHashMap<>();
        List<care.whatmatters.shared.FieldProblem> problems = new java.util.ArrayList<>();
        JsonNode goals = body == null ? null : body.get("goals");
        for (int i = 0; goals != null && goals.isArray() && i < goals.size(); i++) {
            JsonNode g = goals.get(i);
            JsonNode goalId = g.get("goalId");
            Integer value = AnswerRequests.whole(g.get("attainment"), "goals[" + i + "].attainment", problems);
            if (goalId == null || goalId.isNull()) {
                problems.add(new care.whatmatters.shared.FieldProblem("goals[" + i + "].goalId", "is required"));
            } else {
                scores.put(care.whatmatters.shared.Ids.parse("goals[" + i + "].goalId", goalId.asString()), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        InputCheck check = new InputCheck();
        LocalDate on = check.date("answeredOn", body == null || body.get("answeredOn") == null ? null
                : body.get("answeredOn").asString());
        check.orThrow();
        ResponseView saved = ResponseView.of(attainment.scoreReview(actor, new PersonId(id), on, scores));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/outcomes/" + saved.id())).body(saved);
    }

    @GetMapping("/api/v1/outcomes/collaborate/service-score")
    @Operation(summary = "A service's collaboRATE top-box score (reported only with 25 or more responses)")
    ServiceScoreView serviceScore(@RequestParam String service) {
        CollaborateResults.ServiceScore score = collaborate.of(service);
        return new ServiceScoreView(service, score.responses(), score.percentage().orElse(null),
                score.percentage().isPresent(), score.percentage().isPresent() ? null
                        : "Fewer than 25 responses: too few to report a top-box score.");
    }
}
