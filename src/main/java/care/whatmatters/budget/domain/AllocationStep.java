package care.whatmatters.budget.domain;

import care.whatmatters.shared.Money;

/**
 * One step of a resource-allocation rule, applied to the running total in order.
 *
 * @param input       the key of the input the step uses (ADD_INPUT, ADD_RATE, MULTIPLY_BY_INPUT)
 * @param amount      the configured amount (ADD_AMOUNT, the rate of ADD_RATE, the limit of CAP)
 * @param basisPoints the configured percentage in hundredths of a per cent (ADD_PERCENT): 8% is 800
 */
public record AllocationStep(Operation operation, String label, String input, Money amount, long basisPoints) {

    public enum Operation {
        /** Adds an amount of money from the assessment. */
        ADD_INPUT,
        /** Adds a fixed amount. */
        ADD_AMOUNT,
        /** Adds a quantity from the assessment times a fixed rate (hours × hourly rate). */
        ADD_RATE,
        /** Multiplies the running total by a quantity from the assessment (weekly cost × weeks). */
        MULTIPLY_BY_INPUT,
        /** Adds a fixed percentage of the running total (on-costs, contingency). */
        ADD_PERCENT,
        /** Limits the running total to a fixed amount. */
        CAP
    }

    /** Reads a percentage as configured ("8", "7.5", "12.25") into basis points, exactly. */
    public static long percentToBasisPoints(String percent) {
        if (percent == null || !percent.strip().matches("^[0-9]{1,3}(\\.[0-9]{1,2})?$")) {
            throw new IllegalArgumentException("a percentage must be written like 8 or 7.5, not '" + percent + "'");
        }
        String[] parts = percent.strip().split("\\.");
        long decimals = parts.length == 1 ? 0 : Long.parseLong((parts[1] + "0").substring(0, 2));
        return Long.parseLong(parts[0]) * 100 + decimals;
    }

    /** Basis points written as a percentage: 800 → "8%", 750 → "7.5%". */
    public static String percentWritten(long basisPoints) {
        long whole = basisPoints / 100;
        long part = basisPoints % 100;
        String decimals = part == 0 ? "" : "." + (part % 10 == 0 ? Long.toString(part / 10)
                : (part < 10 ? "0" : "") + part);
        return whole + decimals + "%";
    }
}
