package care.whatmatters.audit;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A removed audit entry is found, even by someone able to switch the append-only trigger off. */
@IntegrationTest
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

    @Test
    void detectsARemovedEntry() {
        ApiClient.as(port, "gp").get("/api/v1/persons?nhsNumber=9990000018");
        long total = chain().sealAll().sealed();
        UUID victim = jdbc.sql("select id from audit_event where chain_seq = ?").param(total - 1)
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
