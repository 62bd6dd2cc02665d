package care.whatmatters.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds demo data at start-up, once: the cast in one transaction (all or nothing), then the synthetic
 * population up to the configured size.
 */
@Component
@Conditional(DemoMode.class)
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final CastSeeder cast;
    private final DylanJourney dylan;
    private final DemoDirectory directory;
    private final DemoBudgets budgets;
    private final SyntheticPopulation population;
    private final TransactionTemplate transaction;
    private final DemoIntegration integration;

    DemoSeeder(CastSeeder cast, DylanJourney dylan, DemoBudgets budgets, SyntheticPopulation population,
            TransactionTemplate transaction, DemoDirectory directory, DemoIntegration integration) {
        this.integration = integration;
        this.cast = cast;
        this.dylan = dylan;
        this.directory = directory;
        this.budgets = budgets;
        this.population = population;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!cast.alreadySeeded()) {
            transaction.executeWithoutResult(status -> {
                try {
                    cast.seed();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                directory.seed();
                dylan.walk();
                budgets.castBudgets();
            });
            log.info("Demo mode: seeded the demo cast and accounts (password 'demo')");
        }
        integration.ensure();
        population.ensure();
    }
}
