package care.whatmatters.budget.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** When the next review is due, and which rule made it due then. */
public record ReviewDue(LocalDate dueOn, String why) {

    public boolean overdue(LocalDate today) {
        return today.isAfter(dueOn);
    }

    public long daysOverdue(LocalDate today) {
        return overdue(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
    }
}
