package care.whatmatters.bench;

import care.whatmatters.directory.domain.Assurance;
import care.whatmatters.directory.domain.Capacity;
import care.whatmatters.directory.domain.CapacityStatus;
import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.domain.Ranking;
import care.whatmatters.directory.domain.RankedService;
import care.whatmatters.directory.domain.SearchCandidate;
import care.whatmatters.directory.domain.SearchCriteria;
import care.whatmatters.shared.Money;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Ranking and explaining the candidates the directory's index found, as every search does. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RankingBenchmark {

    private static final String[] WORDS = {"walking group outdoors meet people", "community choir singing",
        "men's shed woodwork", "debt and benefits advice money", "art for wellbeing craft"};

    @Param({"50", "200"})
    int candidates;

    List<SearchCandidate> found;
    SearchCriteria criteria;
    final LocalDate today = LocalDate.of(2026, 11, 23);

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        found = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            String words = WORDS[random.nextInt(WORDS.length)];
            found.add(new SearchCandidate(UUID.randomUUID(), "Service " + i, "Organisation " + i, words,
                    new Capacity(random.nextBoolean() ? CapacityStatus.TAKING_REFERRALS : CapacityStatus.WAITING_LIST,
                            null), Money.ofPence(100L * random.nextInt(0, 8)),
                    new Assurance(today.minusDays(random.nextInt(400)), null), random.nextInt(50, 101),
                    new GeoPoint(53.79 + random.nextDouble() * 0.1, -1.6 + random.nextDouble() * 0.1), "LS12 2QT",
                    random.nextBoolean(), random.nextBoolean(), null));
        }
        criteria = new SearchCriteria(null, "meet people walking", new GeoPoint(53.7985, -1.59), 5, null, false,
                false, false, SearchCriteria.DEFAULT_LIMIT);
    }

    @Benchmark
    public List<RankedService> rank() {
        return Ranking.rank(found, criteria, today, Period.ofMonths(12));
    }
}
