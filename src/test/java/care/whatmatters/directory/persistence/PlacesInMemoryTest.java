package care.whatmatters.directory.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.directory.domain.Assurance;
import care.whatmatters.directory.domain.Capacity;
import care.whatmatters.directory.domain.CapacityStatus;
import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.domain.Schedule;
import care.whatmatters.directory.domain.SearchCriteria;
import care.whatmatters.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rules of choosing candidates from the copy, each on a few places; {@code PlacesInMemoryIT} checks the
 * whole against the database's query.
 */
class PlacesInMemoryTest {

    private static final GeoPoint LEEDS = new GeoPoint(53.80, -1.55);

    private static PlacesInMemory.Row place(UUID service, double lat, double lng, int completeness, String... lexemes) {
        SearchIndex.Found found = new SearchIndex.Found(service, "Service", "Trust", "service",
                new Capacity(CapacityStatus.TAKING_REFERRALS, null), Money.ofPence(0), new Assurance(LocalDate.now(), null),
                completeness, new GeoPoint(lat, lng), "LS1 1AA", false);
        return new PlacesInMemory.Row(UUID.randomUUID(), found, lng, lat, lexemes);
    }

    private static SearchCriteria near(GeoPoint point) {
        return new SearchCriteria("walking", null, point, 5, null, false, false, false, 20);
    }

    private static List<UUID> ids(List<SearchIndex.Found> found) {
        return found.stream().map(SearchIndex.Found::id).toList();
    }

    @Test
    void aPlaceMustHaveOneOfTheWordsAndBeInTheBox() {
        UUID walks = UUID.randomUUID();
        UUID sings = UUID.randomUUID();
        UUID farAway = UUID.randomUUID();
        PlacesInMemory copy = new PlacesInMemory(1, List.of(place(walks, 53.80, -1.55, 80, "walk"),
                place(sings, 53.80, -1.55, 80, "sing"), place(farAway, 54.50, -1.55, 80, "walk")), Map.of());

        assertThat(ids(copy.near(near(LEEDS), List.of("walk"), List.of(), 400))).containsExactly(walks);
        assertThat(copy.near(near(LEEDS), List.of("unheard"), List.of(), 400))
                .as("no term has a lexeme any place has: the query matches nothing").isEmpty();
        assertThat(ids(copy.near(near(LEEDS), null, List.of(), 400))).as("no words: every place in the box")
                .containsExactlyInAnyOrder(walks, sings);
    }

    @Test
    void moreOfThePersonsWordsComeFirstThenTheNearerThenTheMoreComplete() {
        UUID oneWordNear = UUID.randomUUID();
        UUID twoWordsFar = UUID.randomUUID();
        UUID twoWordsNearLessComplete = UUID.randomUUID();
        UUID twoWordsNearMoreComplete = UUID.randomUUID();
        PlacesInMemory copy = new PlacesInMemory(1, List.of(place(oneWordNear, 53.800, -1.550, 90, "walk"),
                place(twoWordsFar, 53.820, -1.550, 90, "walk", "social"),
                place(twoWordsNearLessComplete, 53.805, -1.550, 60, "walk", "social"),
                place(twoWordsNearMoreComplete, 53.805, -1.550, 70, "walk", "social")), Map.of());

        assertThat(ids(copy.near(near(LEEDS), List.of("walk", "social"),
                List.of(List.of("walk"), List.of("social")), 400)))
                .containsExactly(twoWordsNearMoreComplete, twoWordsNearLessComplete, twoWordsFar, oneWordNear);
    }

    @Test
    void tiesGoToTheServiceIdInTheDatabasesUnsignedOrderAndEachServiceKeepsItsBestPlace() {
        UUID low = UUID.fromString("00000000-0000-4000-8000-000000000001");
        UUID high = UUID.fromString("f0000000-0000-4000-8000-000000000001"); // negative as a signed long
        PlacesInMemory copy = new PlacesInMemory(1, List.of(place(high, 53.80, -1.55, 80, "walk"),
                place(low, 53.80, -1.55, 80, "walk"), place(low, 53.81, -1.55, 80, "walk")), Map.of());

        List<SearchIndex.Found> found = copy.near(near(LEEDS), List.of("walk"), List.of(), 400);
        assertThat(ids(found)).containsExactly(low, high);
        assertThat(found.getFirst().point().latitude()).as("the nearer of its two places").isEqualTo(53.80);
    }

    @Test
    void theLimitCountsPlacesBeforeEachServicesFirstIsKept() {
        UUID twoPlaces = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        PlacesInMemory copy = new PlacesInMemory(1, List.of(place(twoPlaces, 53.800, -1.55, 80, "walk"),
                place(twoPlaces, 53.801, -1.55, 80, "walk"), place(other, 53.802, -1.55, 80, "walk")), Map.of());

        assertThat(ids(copy.near(near(LEEDS), List.of("walk"), List.of(), 2))).containsExactly(twoPlaces);
    }

    @Test
    void distancesAreWorkedOutAsPostgresWorksThemOut() {
        assertThat(PlacesInMemory.databaseDistance(3, -4)).isEqualTo(5.0);
        assertThat(PlacesInMemory.databaseDistance(0, -0.25)).isEqualTo(0.25);
        double dx = 0.048679;
        double dy = 0.001836;
        double ratio = dy / dx;
        assertThat(PlacesInMemory.databaseDistance(-dx, dy)).isEqualTo(dx * Math.sqrt(1.0 + ratio * ratio));
    }

    @Test
    void aCopyBroughtUpToDateFindsTheChangedServicesAsTheyAreNowAndNotAsTheyWere() {
        UUID moved = UUID.randomUUID();
        UUID closed = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID added = UUID.randomUUID();
        Schedule tuesdays = new Schedule(UUID.randomUUID(), Schedule.Frequency.WEEKLY, null, null, null, null, null, null,
                null, "Tuesdays");
        Schedule fridays = new Schedule(UUID.randomUUID(), Schedule.Frequency.WEEKLY, null, null, null, null, null, null,
                null, "Fridays");
        PlacesInMemory whole = new PlacesInMemory(1, List.of(place(moved, 53.80, -1.55, 80, "walk"),
                place(closed, 53.80, -1.55, 80, "walk"), place(kept, 53.801, -1.55, 80, "walk")),
                Map.of(moved, List.of(tuesdays), closed, List.of(tuesdays)));

        PlacesInMemory updated = whole.withChanges(2, Set.of(moved, closed, added),
                List.of(place(moved, 54.50, -1.55, 80, "walk"), place(added, 53.802, -1.55, 80, "walk", "sing")),
                Map.of(added, List.of(fridays)));

        assertThat(ids(updated.near(near(LEEDS), List.of("walk"), List.of(), 400)))
                .as("the moved service is out of the box, the closed one gone, the new one found")
                .containsExactly(kept, added);
        assertThat(ids(updated.near(near(LEEDS), List.of("sing"), List.of(), 400)))
                .as("a word only a changed place has").containsExactly(added);
        assertThat(ids(updated.near(near(new GeoPoint(54.50, -1.55)), List.of("walk"), List.of(), 400)))
                .containsExactly(moved);
        assertThat(updated.of(List.of(moved, closed, kept, added))).as("opening times as they are now")
                .isEqualTo(Map.of(added, List.of(fridays)));
        assertThat(updated.size()).isEqualTo(3);
        assertThat(updated.changedServices()).isEqualTo(3);
        assertThat(ids(whole.near(near(LEEDS), List.of("walk"), List.of(), 400))).as("the older copy is unchanged")
                .containsExactlyInAnyOrder(moved, closed, kept);

        PlacesInMemory again = updated.withChanges(3, Set.of(added, kept), List.of(place(added, 53.80, -1.55, 80, "walk")),
                Map.of());
        assertThat(ids(again.near(near(LEEDS), List.of("walk"), List.of(), 400)))
                .as("a second update replaces the first's places of the same service").containsExactly(added);
        assertThat(again.changedServices()).isEqualTo(4);
        assertThat(again.of(List.of(added))).isEmpty();
    }
}
