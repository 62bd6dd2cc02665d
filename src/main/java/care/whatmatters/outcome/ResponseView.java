package care.whatmatters.outcome;

import care.whatmatters.outcome.domain.OutcomeResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded response as the JSON API shows it. */
public record ResponseView(UUID id, String measure, LocalDate answeredOn, ScoreSheetView result, boolean byPerson,
        UUID context, String recordedBy, Instant recordedAt, boolean voided, String voidReason) {

    public static ResponseView of(OutcomeResponse r) {
        return new ResponseView(r.id(), r.measure().code(), r.answeredOn(), ScoreSheetView.of(r.scores()),
                r.byPerson(), r.context(), r.recorded().by(), r.recorded().at(), !r.live(),
                r.live() ? null : r.voided().reason());
    }
}
