package care.whatmatters.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.shared.PersonId;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import care.whatmatters.team.CareTeamMember;
import care.whatmatters.team.CareTeams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The request guard hands the relationship it found to the use case's first decision, so it is looked up once
 * per request; the hand-over is for that actor and person only, used once, and forgotten when the request ends,
 * so a relationship that has since ended is never carried over.
 */
@IntegrationTest
class GuardedDecisionIT {

    @LocalServerPort
    int port;
    @Autowired
    RecordAccess access;
    @Autowired
    Accounts accounts;
    @Autowired
    CareTeams careTeams;

    private PersonId person;
    private Actor ot;

    @BeforeEach
    void aPersonInTheOtsCare() {
        person = new PersonId(TestPeople.register(ApiClient.as(port, "ot"), "Guarded"));
        ot = accounts.find("ot").orElseThrow().actor();
    }

    @AfterEach
    void endTheRequest() {
        access.endOfRequest();
    }

    @Test
    void theGuardsRelationshipServesTheFirstDecisionOnly() {
        access.guard(ot, person, "record", false);
        leaveTheCareTeam();
        // the first decision of the request uses the guard's look-up (made a moment ago, in the same request)
        assertThat(access.read(ot, person, "record").basis()).isEqualTo(AccessBasis.CARE_TEAM);
        // the next looks again, and finds the relationship has ended
        assertThatThrownBy(() -> access.read(ot, person, "record")).isInstanceOf(RecordAccessDeniedException.class);
    }

    @Test
    void aRelationshipTheRequestDidNotUseIsForgottenWhenItEnds() {
        access.guard(ot, person, "record", false);
        access.endOfRequest();
        leaveTheCareTeam();
        assertThatThrownBy(() -> access.read(ot, person, "record")).isInstanceOf(RecordAccessDeniedException.class);
    }

    @Test
    void theGuardsRelationshipIsNeverUsedForAnotherPersonOrActor() {
        PersonId someoneElse = new PersonId(TestPeople.register(ApiClient.as(port, "gp"), "Other"));
        access.guard(ot, person, "record", false);
        assertThatThrownBy(() -> access.read(ot, someoneElse, "record")).isInstanceOf(RecordAccessDeniedException.class);

        access.guard(ot, person, "record", false);
        Actor gp = accounts.find("gp").orElseThrow().actor();
        assertThatThrownBy(() -> access.read(gp, person, "record")).isInstanceOf(RecordAccessDeniedException.class);
    }

    private void leaveTheCareTeam() {
        CareTeamMember membership = careTeams.members(person).stream()
                .filter(m -> m.practitioner().id().equals(ot.practitioner())).findFirst().orElseThrow();
        careTeams.leave(person, membership.id(), "Moved to another team", "test");
    }
}
