package care.whatmatters.population;

import care.whatmatters.reporting.ReportAggregator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The load command: {@code java -jar whatmatters.jar --whatmatters.population.load=1000000
 * --whatmatters.population.seed=42 --spring.main.web-application-type=none} tops the synthetic population up
 * to N people, the community directory up to {@code whatmatters.population.services} services, folds the new
 * facts into the dashboard's counts, writes the loaded people's ids for load-test feeders and exits. Runs
 * when the application is ready, after the demo seeding (so the demo {@code gp} account exists to join every
 * care team).
 */
@Component
@ConditionalOnProperty("whatmatters.population.load")
class PopulationLoadCommand {

    private final PopulationLoader loader;
    private final PopulationDirectory directory;
    private final ReportAggregator aggregator;
    private final ConfigurableApplicationContext context;
    private final PopulationSettings settings;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    PopulationLoadCommand(PopulationLoader loader, PopulationDirectory directory, ReportAggregator aggregator,
            ConfigurableApplicationContext context, PopulationSettings settings,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.loader = loader;
        this.directory = directory;
        this.aggregator = aggregator;
        this.context = context;
        this.settings = settings;
    }

    /** Once the application is ready, so every start-up runner (the demo seeding above all) has finished. */
    @EventListener(ApplicationReadyEvent.class)
    public void run() {
        System.out.printf("Loading a synthetic population of %,d people (seed %d)%n", settings.load(), settings.seed());
        PopulationLoader.Report report = loader.load(settings.load(), settings.seed(), settings.careTeamAccount(),
                new ProgressBar(System.out, "people"));
        System.out.printf("People: %,d added after %,d already there, in %s%n", report.people(), report.first(),
                ProgressBar.format(Duration.ofMillis(report.millis())));
        report.rows().forEach((table, rows) -> System.out.printf("  %-28s %,12d rows %,10d ms%n", table, rows,
                report.stepMillis().getOrDefault(table, 0L)));
        report.stepMillis().forEach((step, millis) -> {
            if (step.startsWith("(")) {
                System.out.printf("  %-28s %,27d ms%n", step, millis);
            }
        });
        long start = System.currentTimeMillis();
        int services = directory.ensure(settings.services(), settings.seed(), new ProgressBar(System.out, "services"));
        System.out.printf("Directory: %,d services added in %s%n", services,
                ProgressBar.format(Duration.ofMillis(System.currentTimeMillis() - start)));
        start = System.currentTimeMillis();
        int facts = aggregator.aggregatePending();
        System.out.printf("Reporting: %,d facts folded into the dashboard's counts in %s%n", facts,
                ProgressBar.format(Duration.ofMillis(System.currentTimeMillis() - start)));
        feeder(report.personIds());
        budgetFeeder();
        if (settings.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /** Every synthetic budget line (ids only), for the payment workload: rewritten on each load. */
    private void budgetFeeder() {
        if (settings.feeder() == null || settings.feeder().isBlank()) {
            return;
        }
        Path file = Path.of(settings.feeder()).resolveSibling("budget-lines.csv");
        List<String> lines = new ArrayList<>(List.of("personId,budgetId,lineId"));
        jdbc.query("select l.person_id, l.budget_id, l.id from budget_line l join person p on p.id = l.person_id "
                + "where p.synthetic and l.voided_at is null", rs -> {
                    lines.add(rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3));
                });
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("Feeder: %,d budget lines written to %s%n", lines.size() - 1, file.toAbsolutePath());
    }

    /** The loaded people's ids (no personal data) for the Gatling feeders, appended across loads. */
    private void feeder(List<UUID> ids) {
        if (settings.feeder() == null || settings.feeder().isBlank() || ids.isEmpty()) {
            return;
        }
        Path file = Path.of(settings.feeder());
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            List<String> lines = new ArrayList<>();
            if (!Files.exists(file)) {
                lines.add("personId");
            }
            ids.forEach(id -> lines.add(id.toString()));
            Files.write(file, lines, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            System.out.printf("Feeder: %,d person ids written to %s%n", ids.size(), file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
