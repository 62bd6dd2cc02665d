package care.whatmatters.demo;

import care.whatmatters.access.Actor;
import care.whatmatters.access.Role;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.team.Organisations;
import care.whatmatters.team.Profession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tops the synthetic population up to {@code whatmatters.demo.population} people
 * ({@code --whatmatters.demo.population=N}), reproducibly from {@code whatmatters.demo.seed}. Each block of
 * people is looked after by its own synthetic practitioner, so demo caseloads stay readable.
 */
@Component
class SyntheticPopulation {

    private static final Logger log = LoggerFactory.getLogger(SyntheticPopulation.class);
    static final int PEOPLE_PER_PRACTITIONER = 500;

    private final PersonRegister register;
    private final Organisations organisations;
    private final Clock clock;
    private final long wanted;
    private final long seed;

    SyntheticPopulation(PersonRegister register, Organisations organisations, Clock clock,
            @Value("${whatmatters.demo.population:0}") long wanted, @Value("${whatmatters.demo.seed:42}") long seed) {
        this.register = register;
        this.organisations = organisations;
        this.clock = clock;
        this.wanted = wanted;
        this.seed = seed;
    }

    void ensure() {
        long existing = register.syntheticCount();
        if (existing >= wanted) {
            return;
        }
        if (wanted > SyntheticPeople.MAX_PEOPLE) {
            throw new IllegalArgumentException("whatmatters.demo.population can be at most " + SyntheticPeople.MAX_PEOPLE);
        }
        log.info("Generating {} synthetic people (seed {})", wanted - existing, seed);
        SyntheticPeople people = new SyntheticPeople(seed, LocalDate.now(clock));
        UUID organisation = organisations.register("Synthetic Primary Care Network " + UUID.randomUUID(), null,
                "Primary care network");
        Actor practitioner = null;
        for (long i = existing; i < wanted; i++) {
            if (practitioner == null || (i - existing) % PEOPLE_PER_PRACTITIONER == 0) {
                practitioner = practitioner(organisation, i);
            }
            register.registerSynthetic(practitioner, people.person(i));
            if ((i + 1) % 10_000 == 0) {
                log.info("Synthetic population: {} of {}", i + 1, wanted);
            }
        }
        log.info("Synthetic population ready: {} people", wanted);
    }

    private Actor practitioner(UUID organisation, long index) {
        PractitionerId id = organisations.registerPractitioner("Synthetic care coordinator " + index,
                Profession.CARE_COORDINATOR, organisation);
        return new Actor(null, "synthetic", "Synthetic care coordinator " + index, Role.PRACTITIONER,
                Profession.CARE_COORDINATOR.label(), id, null);
    }
}
