package care.whatmatters.directory.domain;

import care.whatmatters.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@code byday} entry of an RFC 5545 rule: a weekday, with an optional position in the month
 * ({@code 1TU} the first Tuesday, {@code -1FR} the last Friday; 0 means every one).
 */
public record WeekdayRule(int ordinal, DayOfWeek day) {

    private static final List<String> CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    public static List<WeekdayRule> parseAll(String field, String byday) {
        List<WeekdayRule> rules = new ArrayList<>();
        if (byday == null || byday.isBlank()) {
            return rules;
        }
        for (String token : byday.split(",")) {
            rules.add(parse(field, token.strip().toUpperCase(Locale.ROOT)));
        }
        return rules;
    }

    static WeekdayRule parse(String field, String token) {
        if (token.length() < 2 || !CODES.contains(token.substring(token.length() - 2))) {
            throw InvalidInputException.of(field, "must list days as MO, TU, WE, TH, FR, SA, SU (for example TU,TH)");
        }
        String position = token.substring(0, token.length() - 2);
        int ordinal;
        try {
            ordinal = position.isEmpty() ? 0 : Integer.parseInt(position.replace("+", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "has a day position that is not a number: " + token);
        }
        if (ordinal < -5 || ordinal > 5) {
            throw InvalidInputException.of(field, "has a day position outside -5 to 5: " + token);
        }
        return new WeekdayRule(ordinal, DayOfWeek.of(CODES.indexOf(token.substring(token.length() - 2)) + 1));
    }

    public String code() {
        return (ordinal == 0 ? "" : String.valueOf(ordinal)) + CODES.get(day.getValue() - 1);
    }

    boolean matches(LocalDate date) {
        if (date.getDayOfWeek() != day) {
            return false;
        }
        if (ordinal == 0) {
            return true;
        }
        LocalDate target = ordinal > 0
                ? date.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day))
                : date.with(TemporalAdjusters.lastInMonth(day)).minusWeeks(-ordinal - 1L);
        return target.equals(date);
    }

    static String describe(List<WeekdayRule> rules, boolean monthly) {
        List<String> words = rules.stream().map(r -> r.words(monthly)).toList();
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private String words(boolean monthly) {
        String name = day.getDisplayName(TextStyle.FULL, Locale.UK);
        if (ordinal == 0) {
            return monthly ? "every " + name : name + "s";
        }
        String[] nth = {"last", "first", "second", "third", "fourth", "fifth"};
        String which = ordinal > 0 ? nth[ordinal] : (ordinal == -1 ? "last" : nth[-ordinal] + " from last");
        return "the " + which + " " + name + " of the month";
    }
}
