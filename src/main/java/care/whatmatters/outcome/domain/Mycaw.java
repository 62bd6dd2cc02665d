package care.whatmatters.outcome.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MYCaW (Paterson 2007): one or two concerns chosen by the person, plus wellbeing, each rated on a 7-point
 * scale (0–6). Published order: concern 1, (concern 2,) wellbeing. The profile score is the mean of all the
 * ratings. Which end of the scale is better is marked [verify] in the domain brief, so it is configuration
 * ({@code whatmatters.outcome.mycaw-higher-is-worse}), used only when change is judged.
 */
public final class Mycaw {

    private Mycaw() {
    }

    public static ScoreSheet score(List<Integer> answers) {
        List<Integer> a = Items.check(answers, 0, 6, 2, 3);
        List<ScoreLine> lines = new ArrayList<>();
        lines.add(ScoreLine.of("concern1", "Concern 1", a.get(0)));
        if (a.size() == 3) {
            lines.add(ScoreLine.of("concern2", "Concern 2", a.get(1)));
        }
        lines.add(ScoreLine.of("wellbeing", "Wellbeing", a.getLast()));
        BigDecimal profile = BigDecimal.valueOf(Items.sum(a)).divide(BigDecimal.valueOf(a.size()), 2,
                RoundingMode.HALF_UP);
        lines.add(ScoreLine.of("profile", "Profile score", profile));
        return new ScoreSheet(Measure.MYCAW, lines, Map.of());
    }
}
