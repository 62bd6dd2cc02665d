package care.whatmatters.reporting.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One budget as reporting keeps it: who (an internal id, never shown), on what basis, how managed, when. */
public record BudgetRecord(UUID person, String basis, String mode, boolean wheelchair, LocalDate approvedOn,
        LocalDate stoppedOn) {

    /** In force at any time between the two days (inclusive): approved by the end, not stopped before the start. */
    public boolean inPlaceBetween(LocalDate from, LocalDate to) {
        return !approvedOn.isAfter(to) && (stoppedOn == null || !stoppedOn.isBefore(from));
    }

    public boolean approvedBetween(LocalDate from, LocalDate to) {
        return !approvedOn.isBefore(from) && !approvedOn.isAfter(to);
    }
}
