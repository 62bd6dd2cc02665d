package care.whatmatters.reporting.domain;

import java.time.LocalDate;
import java.time.Period;

/** Age bands for equity reporting (children and young people, then ten-year bands from 25). */
public final class AgeBand {

    static final int[] LOWER = {0, 18, 25, 35, 45, 55, 65, 75, 85};
    public static final String NOT_KNOWN = "Not known";

    private AgeBand() {
    }

    public static String on(LocalDate birthMonth, LocalDate day) {
        if (birthMonth == null) {
            return NOT_KNOWN;
        }
        int age = Period.between(birthMonth, day).getYears();
        for (int i = LOWER.length - 1; i >= 0; i--) {
            if (age >= LOWER[i]) {
                return i == LOWER.length - 1 ? LOWER[i] + "+" : LOWER[i] + "–" + (LOWER[i + 1] - 1);
            }
        }
        return NOT_KNOWN;
    }

    /** Every band, in order, for tables that list them all. */
    public static java.util.List<String> all() {
        java.util.List<String> bands = new java.util.ArrayList<>();
        for (int i = 0; i < LOWER.length; i++) {
            bands.add(i == LOWER.length - 1 ? LOWER[i] + "+" : LOWER[i] + "–" + (LOWER[i + 1] - 1));
        }
        return bands;
    }
}
