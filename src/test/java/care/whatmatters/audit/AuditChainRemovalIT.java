package care.whatmatters.audit;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A removed audit entry is found, even by someone able to switch the append-only trigger off, and so is an entry
 * written behind the sealer's back.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = "whatmatters.test.story=audit-chain-removal")
class AuditChainRemovalIT {

    @LocalServerPort
    int port;
    @Autowired
    AuditSealer sealer;
    @Autowired
    AuditVerification verification;
    @Autowired
    JdbcClient jdbc;

    /** First: the later test breaks the chain before the end, which verification would report first. */
    @Test
    @Order(1)
    void detectsAnEntryWrittenBehindTheSealersBack() {
        ApiClient.as(port, "gp").get("/api/v1/persons?nhsNumber=9990000018");
        long total = chain().sealAll().sealed();

        // Written straight into the table, as a forger would, without a place on the sealer's queue.
        jdbc.sql("""
                insert into audit_event (id, occurred_at, actor_username, actor_name, actor_role, action, resource,
                  outcome, basis) values (?, now(), 'gp', 'Someone', 'GP', 'READ', 'record', 'ALLOWED', 'CARE_TEAM')""")
                .param(UUID.randomUUID()).update();
        chain().sealAll();
        AuditVerification.Result forged = verification.verify();

        assertThat(forged.intact()).isFalse();
        assertThat(forged.brokenAt()).isEqualTo(total + 1);
        assertThat(forged.problem()).contains("1 entries are neither sealed nor waiting");
    }

    @Test
    @Order(2)
    void detectsARemovedEntry() {
        ApiClient.as(port, "gp").get("/api/v1/persons?nhsNumber=9990000018");
        long total = chain().sealAll().sealed();
        UUID victim = jdbc.sql("select entry_id from audit_seal where chain_seq = ?").param(total - 1)
                .query(UUID.class).single();

        chain().asSuperuserWithoutTheTrigger("delete from audit_event where id = '" + victim + "'");
        AuditVerification.Result removed = verification.verify();

        assertThat(removed.intact()).isFalse();
        assertThat(removed.brokenAt()).isEqualTo(total - 1);
        assertThat(removed.problem()).contains("missing");
        assertThat(removed.sealed()).isEqualTo(total - 2);
    }

    private ChainTampering chain() {
        return new ChainTampering(sealer, verification, jdbc);
    }
}
