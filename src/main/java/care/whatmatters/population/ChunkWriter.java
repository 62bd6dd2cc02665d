package care.whatmatters.population;

import care.whatmatters.demo.SyntheticPeople;
import care.whatmatters.person.domain.Demographics;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generates chunk after chunk of people, in order (the audit chain is extended in the order chunks are
 * committed). The same seed and index always give the same person and history.
 */
final class ChunkWriter {

    private static final long THREE_YEARS_MILLIS = 3L * 365 * 24 * 3600 * 1000;

    private final LoadContext context;
    private final SyntheticPeople people;
    private final long firstIndex;

    ChunkWriter(LoadContext context, long firstIndex) {
        this.context = context;
        this.people = new SyntheticPeople(context.seed(), context.today());
        this.firstIndex = firstIndex;
    }

    Chunk write(long from, int size) {
        Chunk chunk = new Chunk(from, size, context.cells());
        PersonHistory history = new PersonHistory(context, chunk);
        for (long index = from; index < from + size; index++) {
            history.write(someone(index));
        }
        return chunk;
    }

    /** The numbering of count cells the chunks' counts share. */
    CountFold.Names cells() {
        return context.cells();
    }

    private Someone someone(long index) {
        Demographics demographics = people.person(index).toDemographics(context.today());
        SplittableRandom random = new SplittableRandom(context.seed() * 0x9E3779B97F4A7C15L + index);
        Instant registered = context.now().minusMillis((long) (random.nextDouble() * THREE_YEARS_MILLIS))
                .truncatedTo(ChronoUnit.MILLIS);
        UUID id = PopulationIds.at(registered, random);
        long block = firstIndex + (index - firstIndex) / LoadContext.PEOPLE_PER_PRACTITIONER
                * LoadContext.PEOPLE_PER_PRACTITIONER;
        return new Someone(index, id, demographics, random, registered, context.coordinator(index, firstIndex),
                LoadContext.coordinatorName(block) + ", Care coordinator");
    }
}
