package care.whatmatters.population;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The load command's settings ({@code whatmatters.population.*}).
 *
 * @param load             how many synthetic people there should be (0: no load)
 * @param seed             the seed the people and their histories come from
 * @param services         how many community directory services there should be (the search target is 50,000)
 * @param careTeamAccount  a practitioner account that joins every loaded person's care team, so load tests can
 *                         open any loaded record as that account ({@code gp} in demo mode; blank for none)
 * @param feeder           where to write the loaded people's ids for the Gatling feeders (blank for nowhere)
 * @param exit             whether the command exits when it is done
 */
@ConfigurationProperties("whatmatters.population")
record PopulationSettings(@DefaultValue("0") long load, @DefaultValue("42") long seed,
        @DefaultValue("50000") int services, @DefaultValue("gp") String careTeamAccount,
        @DefaultValue("target/population/people.csv") String feeder, @DefaultValue("true") boolean exit) {
}
