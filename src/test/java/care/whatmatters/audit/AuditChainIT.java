package care.whatmatters.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The audit log is tamper-evident. This test tampers with its own database as a database superuser would
 * (switching the append-only trigger off), so it runs in a database of its own.
 */
@IntegrationTest
@TestPropertySource(properties = "whatmatters.test.story=audit-chain")
class AuditChainIT {

    @LocalServerPort
    int port;
    @Autowired
    AuditSealer sealer;
    @Autowired
    AuditVerification verification;
    @Autowired
    JdbcClient jdbc;

    private static final String SEALED_AS_3 = "id = (select entry_id from audit_seal where chain_seq = 3)";

    @Test
    void detectsAnEntryChangedAfterSealingAndNamesTheFirstBrokenLink() {
        ApiClient ot = ApiClient.as(port, "ot");
        for (int i = 0; i < 5; i++) {
            assertThat(ot.get("/api/v1/persons?nhsNumber=9990000018").status()).isEqualTo(200);
        }
        AuditVerification.Result intact = chain().sealAll();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.sealed()).isGreaterThan(5);
        assertThat(intact.headHash()).hasSize(64);

        assertThatThrownBy(() -> jdbc.sql("update audit_event set reason = 'covering tracks' where " + SEALED_AS_3)
                .update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_seal set chain_hash = chain_hash where chain_seq = 3")
                .update()).as("a seal cannot be rewritten").hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_seal where chain_seq = 3").update())
                .as("nor removed").hasMessageContaining("append-only");

        chain().asSuperuserWithoutTheTrigger("update audit_event set actor_name = 'Someone Else' where "
                + SEALED_AS_3.replace("= 3", "= 4"));
        AuditVerification.Result changed = verification.verify();
        assertThat(changed.intact()).isFalse();
        assertThat(changed.brokenAt()).isEqualTo(4);
        assertThat(changed.problem()).contains("changed");
        assertThat(changed.sealed()).isEqualTo(3);
    }

    private ChainTampering chain() {
        return new ChainTampering(sealer, verification, jdbc);
    }
}
