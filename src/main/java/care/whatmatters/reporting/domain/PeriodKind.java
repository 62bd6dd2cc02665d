package care.whatmatters.reporting.domain;

/**
 * The periods reports count over. Quarters and years are the NHS financial ones (the year starts 1 April).
 * EVER is all time, used for the registered population that rates are per.
 */
public enum PeriodKind {
    MONTH, QUARTER, YEAR, EVER
}
