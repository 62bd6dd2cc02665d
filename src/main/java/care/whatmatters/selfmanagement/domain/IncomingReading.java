package care.whatmatters.selfmanagement.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A reading as it arrives from an app or device, before it is checked: its kind, value and unit (for blood
 * pressure, systolic in {@code value} and diastolic in {@code second}), when it was taken, and the source it
 * came from with its id there.
 *
 * @param at where it was in what was sent ({@code entry[2]}), so a problem names it
 */
public record IncomingReading(String at, ReadingKind kind, BigDecimal value, BigDecimal second, String unit,
        Instant effectiveAt, String source, String sourceId) {
}
