package care.whatmatters.population;

import care.whatmatters.person.domain.Demographics;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One synthetic person while their history is generated: who they are, their own seeded random source,
 * when they were registered and who coordinates their care.
 */
record Someone(long index, UUID id, Demographics demographics, SplittableRandom random, Instant registered,
        UUID coordinator, String coordinatorSignature) {

    /** A moment after registration and before now, {@code share} of the way along (0 to 1). */
    Instant between(Instant now, double share) {
        long span = now.toEpochMilli() - registered.toEpochMilli();
        return Instant.ofEpochMilli(registered.toEpochMilli() + (long) (span * share));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(java.util.List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
