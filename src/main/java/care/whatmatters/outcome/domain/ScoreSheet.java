package care.whatmatters.outcome.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What scoring one set of answers gives: the scores with their bands, and yes/no findings (top box, ...). */
public record ScoreSheet(Measure measure, List<ScoreLine> scores, Map<String, Boolean> flags) {

    public ScoreSheet {
        scores = List.copyOf(scores);
        flags = Map.copyOf(flags);
    }

    public Optional<ScoreLine> score(String name) {
        return scores.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public BigDecimal value(String name) {
        return score(name).map(ScoreLine::value).orElseThrow();
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(flags.get(name));
    }
}
