package care.whatmatters.outcome.domain;

import java.math.BigDecimal;

/**
 * What is configuration rather than published fact (docs/outcomes.md says why each is):
 *
 * @param wemwbsMeaningfulChange  individual change in the WEMWBS total taken as meaningful
 * @param swemwbsMeaningfulChange individual change in the SWEMWBS metric score taken as meaningful (the
 *                                brief cites 1–3 points, Shah 2018)
 * @param mycawHigherIsWorse      MYCaW's scale direction, marked [verify] in the brief
 * @param mycawMeaningfulChange   change in the MYCaW profile score taken as meaningful, or null for none
 */
public record OutcomeSettings(BigDecimal wemwbsMeaningfulChange, BigDecimal swemwbsMeaningfulChange,
        boolean mycawHigherIsWorse, BigDecimal mycawMeaningfulChange) {

    public static final OutcomeSettings DEFAULTS = new OutcomeSettings(BigDecimal.valueOf(3), BigDecimal.valueOf(3),
            true, null);
}
