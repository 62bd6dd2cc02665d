package care.whatmatters.selfmanagement.domain;

import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A Patient Activation Measure result as the licensed instrument gave it: the score (0–100) and the level
 * (1–4). PAM is proprietary, so only the score and level are held, entered by a licensed user; the level is
 * taken as the instrument reported it (the cut-points are unverified, so the platform does not derive it).
 */
public record Activation(UUID id, PersonId person, BigDecimal score, int level, LocalDate measuredOn, Stamp recorded) {

    public static final String[] LEVELS = {
        "", "Level 1: may feel overwhelmed and unprepared to take an active role",
        "Level 2: becoming aware, but still struggling",
        "Level 3: taking action and gaining control",
        "Level 4: maintaining behaviours and pushing further"};

    public static Activation of(UUID id, PersonId person, BigDecimal score, Integer level, LocalDate measuredOn,
            LocalDate today, Stamp recorded) {
        InputCheck check = new InputCheck().required("score", score).required("level", level)
                .required("measuredOn", measuredOn);
        check.that(score == null || (score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0),
                "score", "must be from 0 to 100");
        check.that(score == null || score.stripTrailingZeros().scale() <= 1, "score", "has at most one decimal place");
        check.that(level == null || (level >= 1 && level <= 4), "level", "must be 1, 2, 3 or 4");
        check.that(measuredOn == null || !measuredOn.isAfter(today), "measuredOn", "cannot be in the future");
        check.orThrow();
        return new Activation(id, person, score, level, measuredOn, recorded);
    }

    public String levelMeaning() {
        return LEVELS[level];
    }
}
