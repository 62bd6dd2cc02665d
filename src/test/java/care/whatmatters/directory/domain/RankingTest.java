package care.whatmatters.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.shared.Money;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);
    private static final Period TWELVE_MONTHS = Period.ofMonths(12);
    private static final GeoPoint ARMLEY = new GeoPoint(53.7950, -1.5920);

    static SearchCandidate walk(String name, GeoPoint at, Capacity capacity, long pence, LocalDate assured, int complete) {
        return new SearchCandidate(UUID.randomUUID(), name, "Walkers", name + " a friendly social walking group",
                capacity, Money.ofPence(pence), new Assurance(assured, null), complete, at, "LS12 2QA", true, false, "");
    }

    static SearchCriteria criteria(String need, String goal) {
        return new SearchCriteria(need, goal, ARMLEY, 5, null, false, false, false, 20);
    }

    private static GeoPoint east(double km) {
        return new GeoPoint(ARMLEY.latitude(), ARMLEY.longitude() + km / (111.32 * Math.cos(Math.toRadians(ARMLEY.latitude()))));
    }

    @Test
    void explainsEachMatchInTheWordsALinkWorkerReadsOut() {
        SearchCandidate walk = walk("Armley Park Gentle Walk", east(1.2), Capacity.takingReferrals(), 0,
                TODAY.minusMonths(2), 100);

        RankedService ranked = Ranking.rank(List.of(walk), criteria(null, "meet people"), TODAY, TWELVE_MONTHS).get(0);

        assertThat(ranked.explanation()).isEqualTo(
                "matches goal 'meet people', 1.2 km, free, taking referrals, step-free access, assured 2 months ago");
    }

    @Test
    void nearerRanksHigherAllElseEqual() {
        SearchCandidate near = walk("Near", east(0.5), Capacity.takingReferrals(), 0, TODAY, 100);
        SearchCandidate far = walk("Far", east(3), Capacity.takingReferrals(), 0, TODAY, 100);

        assertThat(Ranking.rank(List.of(far, near), criteria("walking", null), TODAY, TWELVE_MONTHS))
                .extracting(r -> r.service().name()).containsExactly("Near", "Far");
    }

    @Test
    void freshCompleteDetailsRankAboveStaleIncompleteOnes() {
        SearchCandidate fresh = walk("Fresh", east(1), Capacity.takingReferrals(), 0, TODAY.minusMonths(1), 100);
        SearchCandidate stale = walk("Stale", east(1), Capacity.takingReferrals(), 0, TODAY.minusMonths(14), 40);

        List<RankedService> ranked = Ranking.rank(List.of(stale, fresh), criteria("walking", null), TODAY, TWELVE_MONTHS);

        assertThat(ranked).extracting(r -> r.service().name()).containsExactly("Fresh", "Stale");
        assertThat(ranked.get(1).explanation()).contains("not assured since 14 months ago (stale)");
    }

    @Test
    void fullServicesRankBelowThoseTakingReferralsAndCanBeHidden() {
        SearchCandidate full = walk("Full", east(0.2), Capacity.full(), 0, TODAY, 100);
        SearchCandidate open = walk("Open", east(2), Capacity.takingReferrals(), 0, TODAY, 100);

        assertThat(Ranking.rank(List.of(full, open), criteria("walking", null), TODAY, TWELVE_MONTHS))
                .extracting(r -> r.service().name()).containsExactly("Open", "Full");
        assertThat(Ranking.rank(List.of(full, open), new SearchCriteria("walking", null, ARMLEY, 5, null, false, false,
                true, 20), TODAY, TWELVE_MONTHS)).extracting(r -> r.service().name()).containsExactly("Open");
    }

    @Test
    void leavesOutWhatIsBeyondTheRadiusOrDearerThanTheCeiling() {
        SearchCandidate beyond = walk("Beyond", east(6), Capacity.takingReferrals(), 0, TODAY, 100);
        SearchCandidate dear = walk("Dear", east(1), Capacity.takingReferrals(), 500, TODAY, 100);
        SearchCandidate cheap = walk("Cheap", east(1), Capacity.takingReferrals(), 250, TODAY, 100);

        List<RankedService> ranked = Ranking.rank(List.of(beyond, dear, cheap), new SearchCriteria("walking", null,
                ARMLEY, 5, Money.ofPence(300), false, false, false, 20), TODAY, TWELVE_MONTHS);

        assertThat(ranked).extracting(r -> r.service().name()).containsExactly("Cheap");
        assertThat(ranked.get(0).explanation()).contains("£2.50 a session");
    }

    @Test
    void aGoalInThePersonsWordsFindsTheWordsServicesUse() {
        assertThat(NeedWords.of("To not feel so lonely").matchedIn("A befriending service")).containsExactly("lonely");
        assertThat(NeedWords.of("walkers").matchedIn("Gentle walking group")).containsExactly("walkers");
        assertThat(NeedWords.of("To get to the Tuesday lunch club").searchTerms()).contains("tuesday", "lunch", "club", "meal");
    }

    @Test
    void showingFewerResultsShowsTheSameBestOnesInTheSameOrderWithTheSameReasons() {
        List<SearchCandidate> five = List.of(
                walk("A", east(2.5), Capacity.takingReferrals(), 0, TODAY, 100),
                walk("B", east(0.5), Capacity.full(), 0, TODAY, 100),
                walk("C", east(1), Capacity.takingReferrals(), 300, TODAY.minusMonths(13), 60),
                walk("D", east(0.2), Capacity.takingReferrals(), 0, TODAY.minusMonths(3), 90),
                walk("E", east(4), Capacity.waitingList(2), 0, TODAY, 100));
        List<RankedService> all = Ranking.rank(five, criteria("walking", "meet people"), TODAY, TWELVE_MONTHS);

        List<RankedService> two = Ranking.rank(five, new SearchCriteria("walking", "meet people", ARMLEY, 5, null, false,
                false, false, 2), TODAY, TWELVE_MONTHS);

        assertThat(two).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(all).extracting(r -> r.service().name()).startsWith("D", "A");
    }
}
