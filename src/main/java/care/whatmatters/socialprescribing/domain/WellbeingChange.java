package care.whatmatters.socialprescribing.domain;

import java.math.BigDecimal;

/** How a wellbeing score moved from baseline to follow-up, in numbers and in words. */
public record WellbeingChange(String measure, BigDecimal baseline, BigDecimal followUp, BigDecimal change) {

    public static WellbeingChange of(String measure, BigDecimal baseline, BigDecimal followUp) {
        return new WellbeingChange(measure, baseline, followUp, followUp.subtract(baseline));
    }

    /** "SWEMWBS 19.25 → 23.21 (up 3.96)". */
    public String describe() {
        int sign = change.signum();
        String moved = sign == 0 ? "no change" : (sign > 0 ? "up " : "down ") + change.abs().toPlainString();
        return measure + " " + baseline.toPlainString() + " → " + followUp.toPlainString() + " (" + moved + ")";
    }
}
