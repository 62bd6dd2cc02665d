package care.whatmatters.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.audit.AuditEntry;
import care.whatmatters.audit.AuditLog;
import care.whatmatters.shared.PersonId;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import care.whatmatters.team.CareTeamMember;
import care.whatmatters.team.CareTeams;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A practitioner in the care team is decided and audited in one statement (the audit entry is written only
 * while the membership holds). Every other outcome still gets exactly one entry of its own: a refusal, a
 * break-glass use, a relationship that has ended; and a write transaction that has just added the practitioner
 * to the team (which the audit log's own connection cannot see yet) is still allowed.
 */
@IntegrationTest
class OneStepDecisionIT {

    @LocalServerPort
    int port;
    @Autowired
    RecordAccess access;
    @Autowired
    Accounts accounts;
    @Autowired
    CareTeams careTeams;
    @Autowired
    BreakGlass breakGlass;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transactions;

    private PersonId person;
    private Actor ot;
    private Actor gp;

    @BeforeEach
    void aPersonInTheOtsCareOnly() {
        person = new PersonId(TestPeople.register(ApiClient.as(port, "ot"), "One step"));
        ot = accounts.find("ot").orElseThrow().actor();
        gp = accounts.find("gp").orElseThrow().actor();
    }

    @Test
    void aMemberOfTheTeamIsAllowedWithOneEntry() {
        UUID latestBefore = latest().id();
        assertThat(access.read(ot, person, "plan").basis()).isEqualTo(AccessBasis.CARE_TEAM);
        assertThat(access.readIfAllowed(ot, person, "plan")).map(AccessGrant::basis).contains(AccessBasis.CARE_TEAM);

        List<AuditEntry> made = since(latestBefore);
        assertThat(made).extracting(AuditEntry::action).containsExactlyInAnyOrder(AuditAction.READ, AuditAction.SEARCH);
        assertThat(made).allSatisfy(e -> {
            assertThat(e.allowed()).isTrue();
            assertThat(e.basis()).isEqualTo(AccessBasis.CARE_TEAM);
            assertThat(e.actor().username()).isEqualTo("ot");
            assertThat(e.resource()).isEqualTo("plan");
        });
    }

    @Test
    void aPractitionerOutsideTheTeamIsRefusedWithOneEntry() {
        UUID latestBefore = latest().id();
        assertThatThrownBy(() -> access.read(gp, person, "plan")).isInstanceOf(RecordAccessDeniedException.class);
        assertThat(access.readIfAllowed(gp, person, "plan")).isEmpty();

        List<AuditEntry> made = since(latestBefore);
        assertThat(made).hasSize(2).allSatisfy(e -> {
            assertThat(e.allowed()).isFalse();
            assertThat(e.basis()).isEqualTo(AccessBasis.NONE);
            assertThat(e.actor().username()).isEqualTo("gp");
        });
    }

    @Test
    void breakGlassIsStillFoundWhenThePractitionerIsNotInTheTeam() {
        breakGlass.open(gp, person, "Collapsed at the surgery, need the plan");
        UUID latestBefore = latest().id();
        AccessGrant grant = access.read(gp, person, "plan");
        assertThat(grant.basis()).isEqualTo(AccessBasis.BREAK_GLASS);

        assertThat(since(latestBefore)).singleElement().satisfies(e -> {
            assertThat(e.allowed()).isTrue();
            assertThat(e.basis()).isEqualTo(AccessBasis.BREAK_GLASS);
            assertThat(e.reason()).isEqualTo("Collapsed at the surgery, need the plan");
        });
    }

    @Test
    void anEndedMembershipIsRefused() {
        CareTeamMember membership = careTeams.members(person).stream()
                .filter(m -> m.practitioner().id().equals(ot.practitioner())).findFirst().orElseThrow();
        careTeams.leave(person, membership.id(), "Moved to another team", "test");
        UUID latestBefore = latest().id();

        assertThatThrownBy(() -> access.read(ot, person, "plan")).isInstanceOf(RecordAccessDeniedException.class);
        assertThat(since(latestBefore)).singleElement().satisfies(e -> assertThat(e.allowed()).isFalse());
    }

    @Test
    void aWriteTransactionThatJustAddedThePractitionerIsAllowed() {
        AccessBasis basis = transactions.execute(tx -> {
            careTeams.join(person, gp.practitioner(), "GP", false, "test");
            // not yet committed: only this transaction sees the new membership
            return access.read(gp, person, "plan").basis();
        });
        assertThat(basis).isEqualTo(AccessBasis.CARE_TEAM);
    }

    private AuditEntry latest() {
        return audit.about(person, 1).getFirst();
    }

    /** The entries about the person written after {@code entry}, oldest first. */
    private List<AuditEntry> since(UUID entry) {
        List<AuditEntry> newestFirst = audit.about(person, 50);
        List<AuditEntry> after = new java.util.ArrayList<>();
        for (AuditEntry e : newestFirst) {
            if (e.id().equals(entry)) {
                return after.reversed();
            }
            after.add(e);
        }
        throw new AssertionError("the earlier entry is gone");
    }
}
