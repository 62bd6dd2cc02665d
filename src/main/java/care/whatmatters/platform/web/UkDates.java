package care.whatmatters.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates as people in the UK write them ("14 March 2008", "23 Nov 2026 at 14:05"), for the pages. */
@Component("ukDates")
public class UkDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);

    private final Clock clock;

    UkDates(Clock clock) {
        this.clock = clock;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(clock.getZone()));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
    }

    public int age(LocalDate dateOfBirth) {
        return Period.between(dateOfBirth, today()).getYears();
    }

    public boolean isPast(LocalDate date) {
        return date != null && date.isBefore(today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The ISO form an {@code <input type="date">} needs. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
