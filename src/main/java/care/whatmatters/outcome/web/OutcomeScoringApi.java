package care.whatmatters.outcome.web;

import care.whatmatters.outcome.ScoreSheetView;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.outcome.domain.Scoring;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Scores a set of answers with the measure's published rules and stores nothing. */
@RestController
@Tag(name = "Outcome scoring", description = "Score answers exactly as published, without storing them")
class OutcomeScoringApi {

    @PostMapping("/api/v1/outcomes/{measure}/score")
    @Operation(summary = "Score answers without storing them",
            description = "measure: ons4, wemwbs, swemwbs, gas, copm, collaborate, mycaw (and eq5d). Bodies: "
                    + "{\"answers\":[...]} with the items in their published order for ons4, wemwbs, swemwbs, "
                    + "collaborate and mycaw; {\"goals\":[{\"attainment\":-2..2,\"importance\":0..3,"
                    + "\"difficulty\":0..3}]} for gas (weight = importance × difficulty; unweighted when both are "
                    + "absent); {\"problems\":[{\"performance\":1..10,\"satisfaction\":1..10}],\"baseline\":[...]} "
                    + "for copm. Scores are rounded to two decimals; a missing or out-of-range answer gets 422 "
                    + "naming the item.")
    ScoreSheetView score(@PathVariable String measure, @RequestBody JsonNode body) {
        Measure m = Measure.byCode(measure);
        return ScoreSheetView.of(Scoring.score(m, AnswerRequests.read(m, body)));
    }
}
