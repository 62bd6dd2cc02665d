package care.whatmatters.population;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, as {@code Ids.newId()} makes) whose random part comes from the person's
 * seeded generator, so the same seed gives the same ids and inserts stay local in the B-tree indexes.
 */
final class PopulationIds {

    private PopulationIds() {
    }

    static UUID at(Instant at, SplittableRandom random) {
        long millis = at.toEpochMilli();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
