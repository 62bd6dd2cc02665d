package care.whatmatters.directory.persistence;

import care.whatmatters.directory.domain.Assurance;
import care.whatmatters.directory.domain.Capacity;
import care.whatmatters.directory.domain.CapacityStatus;
import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.domain.SearchCriteria;
import care.whatmatters.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Choosing a search's candidates from a node's copy of 50,000 places, shaped as the population loader makes
 * the directory (a third around six West Yorkshire centres, the rest across England), near LS12 2QT as the
 * load test searches. The lexemes are those PostgreSQL's english configuration gives each kind of service.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlacesBenchmark {

    private static final double[][] CENTRES = {{53.7985, -1.5900}, {53.8200, -1.5770}, {53.7800, -1.7600},
        {53.7220, -1.8620}, {53.6830, -1.4990}, {53.6450, -1.7800}};
    private static final String[][] KINDS = {
        {"walk", "group", "friend", "led", "easi", "pace", "exercis", "outdoor", "meet", "peopl"},
        {"communiti", "choir", "sing", "togeth", "experi", "need", "music", "meet", "peopl", "loneli"},
        {"men", "shed", "make", "mend", "chat", "share", "workshop", "woodwork", "loneli", "meet", "peopl"},
        {"garden", "club", "grow", "food", "flower", "togeth", "outdoor", "allot"},
        {"coffe", "morn", "warm", "welcom", "cup", "tea", "social", "isol", "loneli", "meet", "peopl"},
        {"chair", "base", "exercis", "gentl", "seat", "mobil", "fall", "older", "peopl"},
        {"debt", "benefit", "advic", "free", "confidenti", "money"},
        {"befriend", "servic", "volunt", "visit", "call", "week", "loneli"},
        {"art", "wellb", "paint", "craft", "calm", "group", "mental"},
        {"swim", "health", "quiet", "session", "local", "pool", "exercis", "fit"}};
    private static final GeoPoint LS12 = new GeoPoint(53.7945, -1.5930);

    PlacesInMemory copy;
    SearchCriteria meetPeople;
    SearchCriteria walking;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        List<PlacesInMemory.Row> rows = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            String[] kind = KINDS[random.nextInt(KINDS.length)];
            double[] centre = random.nextDouble() < 0.33 ? CENTRES[random.nextInt(CENTRES.length)] : null;
            double lat = centre != null ? centre[0] + random.nextGaussian() * 0.05 : 50.6 + random.nextDouble() * 4.4;
            double lng = centre != null ? centre[1] + random.nextGaussian() * 0.07 : -3.6 + random.nextDouble() * 5.2;
            SearchIndex.Found found = new SearchIndex.Found(UUID.randomUUID(), "Service " + i, "Organisation",
                    String.join(" ", kind), new Capacity(CapacityStatus.TAKING_REFERRALS, null), Money.ofPence(0),
                    new Assurance(LocalDate.of(2026, 1, 1), null), random.nextInt(55, 101), new GeoPoint(lat, lng),
                    "ZZ1 1AA", random.nextBoolean());
            String[] lexemes = new String[kind.length + 1];
            System.arraycopy(kind, 0, lexemes, 0, kind.length);
            lexemes[kind.length] = Integer.toString(i + 1);
            rows.add(new PlacesInMemory.Row(UUID.randomUUID(), found, lng, lat, lexemes));
        }
        copy = new PlacesInMemory(1, rows, Map.of());
        meetPeople = new SearchCriteria(null, "meet people", LS12, 5, null, false, false, false, 20);
        walking = new SearchCriteria(null, "walking", LS12, 5, null, false, false, false, 20);
        // Measure real work: both searches must fill most of the candidate limit, as near Leeds they do.
        System.out.printf("candidates: meet people %d, walking %d%n", meetPeopleNearLeeds().size(),
                walkingNearLeeds().size());
        if (meetPeopleNearLeeds().size() < SearchIndex.CANDIDATES / 2 || walkingNearLeeds().isEmpty()) {
            throw new IllegalStateException("the benchmark's places do not answer its searches");
        }
    }

    /** Two words, widened to six terms ("meet people": meet, people, social, group, club, friendship). */
    @Benchmark
    public List<SearchIndex.Found> meetPeopleNearLeeds() {
        return copy.near(meetPeople, List.of("meet", "peopl", "social", "group", "club", "friendship"),
                List.of(List.of("meet", "social", "group", "club", "friendship"), List.of("peopl")),
                SearchIndex.CANDIDATES);
    }

    /** One word, widened to three terms (walking, stroll, ramble); no count of words matched. */
    @Benchmark
    public List<SearchIndex.Found> walkingNearLeeds() {
        return copy.near(walking, List.of("walk", "stroll", "rambl"), List.of(), SearchIndex.CANDIDATES);
    }
}
