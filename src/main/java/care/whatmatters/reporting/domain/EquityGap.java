package care.whatmatters.reporting.domain;

/**
 * Whether a group's rate falls well below the overall rate: a possible health inequality gap. Rates are
 * people counted per 1,000 people registered in the same group; a group too small to give a stable rate
 * is never flagged.
 *
 * @param ratio        a group is flagged when its rate is below {@code ratio} × the overall rate
 * @param minimumGroup the fewest registered people a group needs for its rate to be compared
 */
public record EquityGap(double ratio, long minimumGroup) {

    public static Double ratePerThousand(long people, long registered) {
        return registered == 0 ? null : people * 1000.0 / registered;
    }

    public boolean flags(long groupPeople, long groupRegistered, long allPeople, long allRegistered) {
        Double group = ratePerThousand(groupPeople, groupRegistered);
        Double overall = ratePerThousand(allPeople, allRegistered);
        return group != null && overall != null && overall > 0 && groupRegistered >= minimumGroup
                && group < overall * ratio;
    }
}
