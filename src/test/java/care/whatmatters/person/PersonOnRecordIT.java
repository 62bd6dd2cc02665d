package care.whatmatters.person;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Accounts;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.shared.PersonId;
import care.whatmatters.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole record reads the person's own part (person, About Me, representatives, digital inclusion) in one
 * round trip; it must be exactly what the four reads give one by one, for every person in the demo GP's care.
 */
@IntegrationTest
class PersonOnRecordIT {

    @Autowired
    PersonRegister register;
    @Autowired
    AboutMeRecord aboutMe;
    @Autowired
    PersonalCircumstances circumstances;
    @Autowired
    RecordAccess access;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePartsReadTogetherAreThePartsReadOneByOne() {
        Actor gp = accounts.find("gp").orElseThrow().actor();
        List<UUID> people = jdbc.sql("""
                select m.person_id from care_team_member m join account a on a.practitioner_id = m.practitioner_id
                where a.username = 'gp' and m.ended_at is null order by m.person_id limit 40""")
                .query(UUID.class).list();
        assertThat(people).hasSizeGreaterThan(5);

        List<PersonOnRecord> together = people.stream()
                .map(id -> register.onRecord(access.read(gp, new PersonId(id), "record"))).toList();
        List<PersonOnRecord> oneByOne = people.stream().map(id -> {
            AccessGrant grant = access.read(gp, new PersonId(id), "record");
            return new PersonOnRecord(register.get(grant), aboutMe.current(grant),
                    circumstances.representatives(grant), circumstances.digitalInclusion(grant));
        }).toList();

        assertThat(together).isEqualTo(oneByOne);
        assertThat(together).as("people with each part, so that every part was compared")
                .anyMatch(p -> p.aboutMe().isPresent())
                .anyMatch(p -> !p.representatives().isEmpty())
                .anyMatch(p -> p.digitalInclusion().isPresent())
                .anyMatch(p -> p.aboutMe().isEmpty());
    }
}
