package care.whatmatters.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.shared.PersonId;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The budget approver's basis for access, and only that: the budget parts of one person's record, while a
 * request about them waits in the approval queue, audited every time; never the rest of the record, never
 * for another role, and never after the request is decided.
 */
@IntegrationTest
class ApprovalQueueAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    RecordAccess access;

    @Autowired
    ApprovalQueueAccess queue;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private PersonId person;
    private Actor approver;

    @BeforeEach
    void aPersonInTheOtsCare() {
        person = new PersonId(TestPeople.register(ApiClient.as(port, "ot"), "Queue"));
        approver = actor("approver");
    }

    @Test
    void anApproverSeesNoBudgetUntilARequestAboutThePersonIsInTheQueue() {
        assertThatThrownBy(() -> access.readBudget(approver, person, "budget"))
                .isInstanceOf(RecordAccessDeniedException.class)
                .hasMessageContaining("only while one of their requests is waiting in the approval queue");
        assertThat(lastAudit()).isEqualTo("DENIED NONE");
    }

    @Test
    void whileARequestWaitsTheApproverMayReadTheBudgetAndDecideAndEachAccessIsAudited() {
        queue.open(person, UUID.randomUUID());

        AccessGrant read = access.readBudget(approver, person, "budget");
        assertThat(read.basis()).isEqualTo(AccessBasis.BUDGET_APPROVAL);
        assertThat(lastAudit()).isEqualTo("ALLOWED BUDGET_APPROVAL");
        assertThat(access.exportBudget(approver, person, "budget statement").byBudgetApprover()).isTrue();
        assertThat(access.changeBudget(approver, person, "decision", AuditAction.UPDATE, Writers.BUDGET_APPROVER)
                .byBudgetApprover()).isTrue();
    }

    @Test
    void theQueueOpensNothingElseOfTheRecordAndNoOtherChange() {
        queue.open(person, UUID.randomUUID());

        assertThatThrownBy(() -> access.read(approver, person, "record")).isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> access.changeBudget(approver, person, "payment", AuditAction.CREATE, Writers.CARE_TEAM))
                .hasMessageContaining("cannot make this change");
        assertThatThrownBy(() -> access.changeBudget(approver, person, "review", AuditAction.CREATE,
                Writers.PERSON_OR_CARE_TEAM)).isInstanceOf(RecordAccessDeniedException.class);
        assertThat(lastAudit()).isEqualTo("DENIED BUDGET_APPROVAL");
    }

    @Test
    void onlyBudgetApproversGetTheBasisAndOnlyTheyMayDecide() {
        queue.open(person, UUID.randomUUID());

        assertThatThrownBy(() -> access.readBudget(actor("analyst"), person, "budget"))
                .isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> access.readBudget(actor("outsider"), person, "budget"))
                .isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> access.changeBudget(actor("ot"), person, "decision", AuditAction.UPDATE,
                Writers.BUDGET_APPROVER)).isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> queue.requireApprover(actor("ot"))).hasMessageContaining("Only budget approvers");
    }

    @Test
    void theAccessEndsWhenTheRequestIsDecidedButNotWhileAnotherStillWaits() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        queue.open(person, first);
        queue.open(person, second);

        queue.close(first);
        assertThat(access.readBudget(approver, person, "budget").byBudgetApprover()).isTrue();
        queue.close(second);
        assertThatThrownBy(() -> access.readBudget(approver, person, "budget"))
                .isInstanceOf(RecordAccessDeniedException.class);
    }

    private Actor actor(String username) {
        return accounts.find(username).orElseThrow().actor();
    }

    private String lastAudit() {
        return jdbc.sql("""
                select outcome || ' ' || basis from audit_event where person_id = ? order by occurred_at desc limit 1""")
                .param(person.value()).query(String.class).single();
    }
}
