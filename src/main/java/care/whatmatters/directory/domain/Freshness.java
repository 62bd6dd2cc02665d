package care.whatmatters.directory.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * How recently a service's details were confirmed: stale when not assured within {@code staleAfter}
 * (12 months unless configured otherwise), or never assured.
 */
public record Freshness(LocalDate assuredDate, long monthsSince, boolean stale) {

    public static Freshness of(Assurance assurance, LocalDate today, Period staleAfter) {
        LocalDate assured = assurance.assuredDate();
        if (assured == null) {
            return new Freshness(null, -1, true);
        }
        long months = Math.max(0, ChronoUnit.MONTHS.between(assured, today));
        return new Freshness(assured, months, !assured.plus(staleAfter).isAfter(today));
    }

    /**
     * From 1 (checked this month) falling to 0.5 at the stale age, and 0 once stale: search ranks fresher
     * details higher.
     */
    public double factor(Period staleAfter) {
        if (stale) {
            return 0;
        }
        double staleMonths = Math.max(1, staleAfter.toTotalMonths());
        return 1 - 0.5 * Math.min(1, monthsSince / staleMonths);
    }

    /** "assured this month", "assured 2 months ago", "not assured for 14 months", "never assured". */
    public String describe() {
        if (assuredDate == null) {
            return "never assured";
        }
        String ago = monthsSince == 0 ? "this month" : monthsSince == 1 ? "1 month ago" : monthsSince + " months ago";
        return stale ? "not assured since " + (monthsSince == 0 ? "this month" : ago) + " (stale)" : "assured " + ago;
    }
}
