package care.whatmatters.demo;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.person.PersonRegister;
import care.whatmatters.shared.NhsNumber;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.team.Organisations;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SyntheticPopulationIT {

    @Autowired
    PersonRegister register;
    @Autowired
    Organisations organisations;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void topsThePopulationUpToTheWantedSizeOnceWithValidNumbersAndACareTeamEach() {
        long before = register.syntheticCount();
        SyntheticPopulation population = new SyntheticPopulation(register, organisations, clock, before + 120, 7);

        population.ensure();
        population.ensure();

        assertThat(register.syntheticCount()).isEqualTo(before + 120);
        List<String> numbers = jdbc.sql("select nhs_number from person where synthetic").query(String.class).list();
        assertThat(numbers).hasSize((int) (before + 120)).doesNotHaveDuplicates().allMatch(NhsNumber::isValid);
        long withoutTeam = jdbc.sql("""
                select count(*) from person p where p.synthetic and not exists
                  (select 1 from care_team_member m where m.person_id = p.id and m.ended_at is null)""")
                .query(Long.class).single();
        assertThat(withoutTeam).isZero();
        long cast = jdbc.sql("select count(*) from person where not synthetic and nhs_number like '999%'")
                .query(Long.class).single();
        assertThat(cast).as("the demo cast is untouched").isGreaterThanOrEqualTo(20);
    }
}
