package care.whatmatters.directory.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * When a service is open, as an RFC 5545 recurrence the way Open Referral writes it: {@code WEEKLY} on some
 * days ({@code byday=TU,TH}), or {@code MONTHLY} on days of the month ({@code bymonthday=1,15}) or on the
 * n-th weekday ({@code byday=1TU}, {@code -1FR} for the last Friday), between an opening and closing time.
 * An {@code interval} above 1 is shown but not used to decide "open now" (it needs a start date to count
 * from, which feeds rarely give).
 */
public record Schedule(UUID id, Frequency freq, Integer interval, List<WeekdayRule> byDay, List<Integer> byMonthDay,
        LocalTime opensAt, LocalTime closesAt, LocalDate validFrom, LocalDate validTo, String description) {

    public enum Frequency { WEEKLY, MONTHLY }

    public Schedule {
        byDay = byDay == null ? List.of() : List.copyOf(byDay);
        byMonthDay = byMonthDay == null ? List.of() : List.copyOf(byMonthDay);
    }

    /** A simple weekly session: the days, and the time it opens and closes. */
    public static Schedule weekly(UUID id, List<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        return new Schedule(id, Frequency.WEEKLY, 1, days.stream().map(d -> new WeekdayRule(0, d)).toList(), List.of(),
                opens, closes, null, null, null);
    }

    public boolean isOpenAt(LocalDateTime when) {
        LocalDate day = when.toLocalDate();
        if (freq == null || opensAt == null || closesAt == null || !validOn(day)) {
            return false;
        }
        LocalTime time = when.toLocalTime();
        return runsOn(day) && !time.isBefore(opensAt) && time.isBefore(closesAt);
    }

    boolean runsOn(LocalDate day) {
        if (freq == Frequency.WEEKLY) {
            return byDay.stream().anyMatch(rule -> rule.day() == day.getDayOfWeek());
        }
        return byMonthDay.contains(day.getDayOfMonth()) || byDay.stream().anyMatch(rule -> rule.matches(day));
    }

    private boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** In words: "Tuesdays and Thursdays, 10:00 to 12:00". */
    public String describe() {
        String days = freq == Frequency.MONTHLY && !byMonthDay.isEmpty()
                ? "day " + byMonthDay.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " of the month"
                : WeekdayRule.describe(byDay, freq == Frequency.MONTHLY);
        String times = opensAt == null || closesAt == null ? "" : ", " + opensAt + " to " + closesAt;
        return days.isEmpty() && times.isEmpty() ? (description == null ? "" : description) : days + times;
    }

    /** The {@code byday} value Open Referral writes ("TU,TH", "1TU"). */
    public String byDayCode() {
        return byDay.stream().map(WeekdayRule::code).collect(Collectors.joining(","));
    }

    public String byMonthDayCode() {
        return byMonthDay.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
