package care.whatmatters.budget.domain;

/**
 * One fact a resource-allocation rule needs from the assessment, such as "hours of support a week".
 *
 * @param unit for a quantity, what it counts ("hours a week", "years"); unused for money
 */
public record AllocationInput(String key, String label, Kind kind, String unit, String hint) {

    /** Money is typed in pounds and pence; a quantity as a number with up to two decimal places. */
    public enum Kind {
        MONEY, QUANTITY
    }
}
