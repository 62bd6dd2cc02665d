package care.whatmatters.budget.domain.ledger;

import care.whatmatters.shared.Stamp;
import java.time.LocalDate;
import java.util.UUID;

/** What every new transaction carries: its id, the day the money moved, what it was for, who recorded it. */
public record Posting(UUID id, LocalDate valueDate, String description, Stamp stamp) {
}
