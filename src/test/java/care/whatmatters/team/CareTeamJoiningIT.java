package care.whatmatters.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Joining a care team: the member answered is the member stored, and nobody joins the same team twice. */
@IntegrationTest
class CareTeamJoiningIT {

    @LocalServerPort
    int port;
    @Autowired
    CareTeams careTeams;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMemberAnsweredIsTheMemberStoredAndASecondJoinIsAConflict() {
        PersonId person = new PersonId(TestPeople.register(ApiClient.as(port, "gp"), "Joiner"));
        PractitionerId ot = new PractitionerId(jdbc.sql("""
                select p.id from practitioner p join account a on a.practitioner_id = p.id where a.username = 'ot'""")
                .query(UUID.class).single());
        assertThat(careTeams.isMember(ot, person)).isFalse();

        CareTeamMember joined = careTeams.join(person, ot, "Occupational therapist", false, "test");

        assertThat(careTeams.members(person)).contains(joined);
        assertThat(careTeams.isMember(ot, person)).isTrue();
        assertThatThrownBy(() -> careTeams.join(person, ot, "Occupational therapist", false, "test"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already in the care team");
        assertThat(careTeams.members(person)).filteredOn(m -> m.practitioner().id().equals(ot)).hasSize(1);
        assertThatThrownBy(() -> careTeams.join(person, new PractitionerId(UUID.randomUUID()), "Nobody", false, "test"))
                .isInstanceOf(NotFoundException.class);
    }
}
