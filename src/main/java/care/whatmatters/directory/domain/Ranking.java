package care.whatmatters.directory.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Orders the services a search found, and says why each is there. Pure: the same candidates and criteria
 * always give the same order.
 * <p>
 * Score = 0.40 relevance (share of the need's and goal's words matched) + 0.25 nearness (1 at the point,
 * 0 at the edge of the radius) + 0.15 capacity (taking referrals 1, waiting list 0.7 less 0.05 a week of
 * wait, not known 0.5, full 0) + 0.12 quality (half completeness, half freshness) + 0.08 cost (free 1,
 * dearer lower, not known 0.4). Ties go to the nearer, then by name.
 */
public final class Ranking {

    /**
     * Best score first; ties go to the nearer (those with no distance last), then by name. Written out rather
     * than composed from comparators, because a search orders hundreds of candidates.
     */
    private static int inOrder(Scored a, Scored b) {
        int byScore = Double.compare(b.score(), a.score());
        if (byScore != 0) {
            return byScore;
        }
        int byDistance = Double.compare(a.distanceKm() == null ? Double.MAX_VALUE : a.distanceKm(),
                b.distanceKm() == null ? Double.MAX_VALUE : b.distanceKm());
        return byDistance != 0 ? byDistance : a.service().name().compareTo(b.service().name());
    }

    private Ranking() {
    }

    public static List<RankedService> rank(List<SearchCandidate> candidates, SearchCriteria criteria, LocalDate today,
            Period staleAfter) {
        Words words = new Words(criteria);
        List<Scored> scored = new ArrayList<>();
        for (SearchCandidate c : candidates) {
            Double distance = criteria.point() == null || c.point() == null ? null
                    : criteria.point().distanceKm(c.point());
            if (passes(c, criteria, distance)) {
                scored.add(score(c, criteria, words, distance, Freshness.of(c.assurance(), today, staleAfter), staleAfter));
            }
        }
        scored.sort(Ranking::inOrder);
        // Only what is shown is explained: the reasons are words, and most candidates are never shown.
        List<RankedService> ranked = new ArrayList<>();
        for (Scored r : scored.subList(0, Math.min(scored.size(), criteria.limit()))) {
            ranked.add(new RankedService(r.service(), r.score(), r.distanceKm(),
                    reasons(r.service(), criteria, r.distanceKm(), r.freshness(), r.goalMatched(), r.needMatched())));
        }
        return ranked;
    }

    /** The need's and goal's words, read once for a whole search rather than once a candidate. */
    private record Words(NeedWords.Matcher goal, NeedWords.Matcher need, int asked) {

        Words(SearchCriteria criteria) {
            this(criteria.goalWords().matcher(), criteria.needWords().matcher(),
                    criteria.goalWords().words().size() + criteria.needWords().words().size());
        }
    }

    /** A candidate scored, with what its explanation will need if it is shown. */
    private record Scored(SearchCandidate service, double score, Double distanceKm, Freshness freshness,
            List<String> goalMatched, List<String> needMatched) {
    }

    static boolean passes(SearchCandidate c, SearchCriteria criteria, Double distance) {
        boolean near = criteria.point() == null || (distance != null && distance <= criteria.radiusKm());
        boolean affordable = criteria.maxCost() == null
                || (c.costPerSession() != null && c.costPerSession().compareTo(criteria.maxCost()) <= 0);
        return near && affordable && (!criteria.openNow() || c.openNow()) && (!criteria.stepFree() || c.stepFree())
                && (!criteria.hideFull() || c.capacity().status() != CapacityStatus.FULL);
    }

    private static Scored score(SearchCandidate c, SearchCriteria criteria, Words words, Double distance,
            Freshness freshness, Period staleAfter) {
        String text = c.text(); // lower case already
        List<String> goalMatched = words.goal().matchedIn(text);
        List<String> needMatched = words.need().matchedIn(text);
        int asked = words.asked();
        double relevance = asked == 0 ? 1 : (double) (goalMatched.size() + needMatched.size()) / asked;
        double nearness = distance == null ? 0.5 : Math.max(0, 1 - distance / criteria.radiusKm());
        double quality = 0.5 * c.completeness() / 100.0 + 0.5 * freshness.factor(staleAfter);
        double score = 0.40 * relevance + 0.25 * nearness + 0.15 * capacityFactor(c.capacity())
                + 0.12 * quality + 0.08 * costFactor(c, criteria);
        return new Scored(c, Math.round(score * 1000) / 1000.0, distance, freshness, goalMatched, needMatched);
    }

    static double capacityFactor(Capacity capacity) {
        return switch (capacity.status()) {
            case TAKING_REFERRALS -> 1;
            case WAITING_LIST -> Math.max(0.2, 0.7 - 0.05 * (capacity.waitingWeeks() == null ? 4 : capacity.waitingWeeks()));
            case UNKNOWN -> 0.5;
            case FULL -> 0;
        };
    }

    static double costFactor(SearchCandidate c, SearchCriteria criteria) {
        if (c.costPerSession() == null) {
            return 0.4;
        }
        long pence = c.costPerSession().pence();
        if (pence == 0) {
            return 1;
        }
        if (criteria.maxCost() != null && criteria.maxCost().pence() > 0) {
            return 1 - 0.5 * Math.min(1, (double) pence / criteria.maxCost().pence());
        }
        return 1 - Math.min(0.5, pence / 2000.0);
    }

    private static List<String> reasons(SearchCandidate c, SearchCriteria criteria, Double distance,
            Freshness freshness, List<String> goalMatched, List<String> needMatched) {
        List<String> reasons = new ArrayList<>();
        if (!goalMatched.isEmpty()) {
            reasons.add("matches goal '" + shortened(criteria.goal()) + "'");
        }
        if (!needMatched.isEmpty()) {
            reasons.add("matches " + String.join(", ", needMatched.stream().map(w -> "'" + w + "'").toList()));
        }
        if (distance != null) {
            reasons.add(kilometres(distance));
        }
        reasons.add(c.costPerSession() == null ? "cost not known"
                : c.costPerSession().isFree() ? "free" : c.costPerSession().brief() + " a session");
        reasons.add(c.capacity().describe());
        if (criteria.openNow() && c.openNow()) {
            reasons.add("open now");
        }
        if (c.stepFree()) {
            reasons.add("step-free access");
        }
        reasons.add(freshness.describe());
        return reasons;
    }

    static String kilometres(double km) {
        return String.format(Locale.UK, "%.1f km", km);
    }

    private static String shortened(String goal) {
        String words = goal.strip();
        return words.length() <= 60 ? words : words.substring(0, 57).strip() + "…";
    }
}
