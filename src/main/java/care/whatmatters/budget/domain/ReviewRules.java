package care.whatmatters.budget.domain;

import java.time.Period;

/**
 * When a budget must be reviewed: within {@code firstWithin} of the first payment, then at intervals of no
 * more than {@code interval}, and within {@code onRequestWithin} of anyone asking (for example because the
 * person's health changed or the money is not enough). From the direct payments rules in domain brief
 * §1.6 (3 months, then at most 12; the regulation number is [UNVERIFIED]); the on-request period is this
 * project's design. All three are configured.
 */
public record ReviewRules(Period firstWithin, Period interval, Period onRequestWithin) {

    public static final ReviewRules DEFAULT = new ReviewRules(Period.ofMonths(3), Period.ofMonths(12),
            Period.ofDays(28));
}
