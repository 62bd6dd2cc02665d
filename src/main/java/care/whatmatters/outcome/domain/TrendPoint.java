package care.whatmatters.outcome.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One response's value of one score. */
public record TrendPoint(LocalDate on, BigDecimal value, String band) {
}
