package care.whatmatters.outcome;

import care.whatmatters.outcome.domain.ScoreSheet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Scores as the JSON API shows them: numbers rounded to two decimals, with their published bands. */
public record ScoreSheetView(String measure, List<Line> scores, Map<String, Boolean> flags) {

    public record Line(String name, String label, BigDecimal score, String band) {
    }

    public static ScoreSheetView of(ScoreSheet sheet) {
        return new ScoreSheetView(sheet.measure().code(), sheet.scores().stream()
                .map(s -> new Line(s.name(), s.label(), s.value(), s.band())).toList(), new TreeMap<>(sheet.flags()));
    }
}
