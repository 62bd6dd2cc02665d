package care.whatmatters.population;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.reporting.domain.Areas;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ChunkWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    /** The same coordinators for every writer, as one load has (one per 500 people). */
    private static final List<UUID> COORDINATORS = java.util.stream.LongStream.range(0, 10)
            .mapToObj(i -> new UUID(2, i)).toList();

    private static ChunkWriter writer(long seed) {
        LoadContext context = new LoadContext(seed, LocalDate.of(2026, 11, 23), NOW, ZoneId.of("Europe/London"),
                new UUID(1, 1), "Synthetic PCN", COORDINATORS, null, null, null,
                new Areas(List.of(new Areas.Area("LS", "Leeds", "West Yorkshire"))), JsonMapper.builder().build(), new CountFold.Names());
        return new ChunkWriter(context, 0);
    }

    @Test
    void the_same_seed_gives_the_same_people_and_histories() {
        Chunk first = writer(42).write(0, 200);
        Chunk second = writer(42).write(0, 200);
        for (String table : List.of("person", "care_plan", "plan_goal", "sp_referral", "ledger_entry", "report_fact")) {
            assertThat(second.table(table).text()).as(table).isEqualTo(first.table(table).text());
        }
        assertThat(second.personIds()).isEqualTo(first.personIds());
    }

    @Test
    void another_seed_gives_other_people() {
        assertThat(writer(7).write(0, 50).table("person").text()).isNotEqualTo(writer(42).write(0, 50).table("person").text());
    }

    @Test
    void every_plan_has_three_goals_and_an_action_for_each() {
        Chunk chunk = writer(42).write(0, 300);
        int plans = chunk.table("care_plan").count();
        assertThat(plans).isPositive();
        assertThat(chunk.table("plan_goal").count()).isEqualTo(3 * plans);
        assertThat(chunk.table("plan_action").count()).isEqualTo(3 * plans);
    }

    @Test
    void every_ledger_transaction_of_a_chunk_has_balanced_entries() {
        Chunk chunk = writer(42).write(0, 2_000);
        java.util.Map<String, long[]> sides = new java.util.HashMap<>();
        for (String line : chunk.table("ledger_entry").text().split("\n")) {
            String[] f = line.split("\t");
            long[] debitCredit = sides.computeIfAbsent(f[0], k -> new long[2]);
            debitCredit[f[7].equals("D") ? 0 : 1] += Long.parseLong(f[8]);
        }
        assertThat(sides).isNotEmpty();
        sides.values().forEach(dc -> assertThat(dc[0]).isEqualTo(dc[1]).isPositive());
    }

    @Test
    void the_progress_bar_shows_the_share_done_and_the_time_left() {
        ProgressBar bar = new ProgressBar(System.out, "people");
        assertThat(bar.line(250, 1_000, Duration.ofSeconds(10)))
                .contains("25%").contains("250 of 1,000 people").contains("25 a second").contains("about 30.0s left");
        assertThat(bar.line(1_000, 1_000, Duration.ofSeconds(75))).contains("100%").contains("done in 1m 15s");
    }
}
