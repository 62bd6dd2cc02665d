package care.whatmatters.directory.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Scores a service's details. Completeness is the weighted share of what a link worker needs to refer
 * someone with confidence; each missing item becomes a plain instruction for the editor. Weights sum to 100.
 */
public final class DataQuality {

    /** Below this, a service is listed as needing attention. */
    public static final int GOOD_COMPLETENESS = 80;

    private static final List<Item> ITEMS = List.of(
            new Item(15, s -> hasText(s.info().description(), 40), "Describe the service in a sentence or two (what happens, who it suits)"),
            new Item(10, s -> hasText(s.info().url(), 1) || hasText(s.info().email(), 1), "Add a web address or email so people can find out more"),
            new Item(15, s -> s.locations().stream().anyMatch(l -> l.point() != null && l.postcode() != null), "Add where it happens: an address with a postcode"),
            new Item(15, s -> !s.schedules().isEmpty(), "Add the opening times or session times"),
            new Item(10, s -> s.costPerSession() != null || !s.costOptions().isEmpty(), "Say what it costs (or that it is free)"),
            new Item(10, s -> s.capacity().status() != CapacityStatus.UNKNOWN, "Say whether you are taking referrals, have a waiting list or are full"),
            new Item(10, s -> s.eligibility().isStated(), "Say who it is for (ages, or anyone)"),
            new Item(5, s -> s.locations().stream().anyMatch(l -> !l.accessibility().isEmpty()), "Describe access: steps, wheelchair access, hearing loops"),
            new Item(5, s -> !s.terms().isEmpty(), "Choose at least one category, so people searching find it"),
            new Item(5, s -> !s.languages().isEmpty(), "Say which languages it is offered in"));

    private DataQuality() {
    }

    public static QualityReport assess(CommunityService service, LocalDate today, Period staleAfter) {
        int score = 0;
        List<String> toFix = new ArrayList<>();
        Freshness freshness = Freshness.of(service.assurance(), today, staleAfter);
        if (freshness.stale()) {
            toFix.add(freshness.assuredDate() == null ? "Confirm the details are correct: they have never been checked"
                    : "Confirm the details are still correct: last checked " + freshness.monthsSince() + " months ago");
        }
        for (Item item : ITEMS) {
            if (item.present().test(service)) {
                score += item.weight();
            } else {
                toFix.add(item.fix());
            }
        }
        return new QualityReport(score, freshness, List.copyOf(toFix));
    }

    public static int completeness(CommunityService service) {
        return ITEMS.stream().filter(i -> i.present().test(service)).mapToInt(Item::weight).sum();
    }

    private static boolean hasText(String value, int minimumLength) {
        return value != null && value.strip().length() >= minimumLength;
    }

    private record Item(int weight, Predicate<CommunityService> present, String fix) {
    }
}
