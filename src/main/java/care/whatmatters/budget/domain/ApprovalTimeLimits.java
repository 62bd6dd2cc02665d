package care.whatmatters.budget.domain;

/**
 * How many days an approver has to decide each kind of request, counted from the day the person asked.
 * Configured per deployment; the defaults are this project's design, not a national standard.
 */
public record ApprovalTimeLimits(int initialDays, int reconsiderationDays, int exceptionDays) {

    public ApprovalTimeLimits {
        if (initialDays < 1 || reconsiderationDays < 1 || exceptionDays < 1) {
            throw new IllegalArgumentException("time limits must be at least one day");
        }
    }

    public int daysFor(RequestKind kind) {
        return switch (kind) {
            case INITIAL -> initialDays;
            case RECONSIDERATION -> reconsiderationDays;
            case EXCEPTION -> exceptionDays;
        };
    }
}
