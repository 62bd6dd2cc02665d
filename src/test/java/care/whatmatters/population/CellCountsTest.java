package care.whatmatters.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CellCountsTest {

    @Test
    void counts_agree_with_a_map_through_many_growths() {
        CellCounts counts = new CellCounts();
        Map<Long, Long> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            // Keys as CountFold makes them: small numbers packed high and low, so many share their low bits.
            long key = (long) (1 + random.nextInt(40)) << 44 | (long) random.nextInt(3_000) << 12 | random.nextInt(1, 40);
            long amount = 1 + random.nextInt(3);
            counts.add(key, amount);
            expected.merge(key, amount, Long::sum);
        }
        Map<Long, Long> seen = new HashMap<>();
        counts.forEach((key, count) -> assertThat(seen.put(key, count)).as("each key once").isNull());
        assertThat(seen).isEqualTo(expected);
        assertThat(counts.size()).isEqualTo(expected.size());
    }

    @Test
    void clearing_forgets_every_count() {
        CellCounts counts = new CellCounts();
        for (long key = 1; key <= 5_000; key++) {
            counts.add(key, key);
        }
        counts.clear();
        counts.add(9, 2);
        Map<Long, Long> seen = new HashMap<>();
        counts.forEach(seen::put);
        assertThat(seen).containsExactly(Map.entry(9L, 2L));
    }
}
