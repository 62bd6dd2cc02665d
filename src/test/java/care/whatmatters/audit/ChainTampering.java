package care.whatmatters.audit;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the audit chain tests share: sealing everything written, and tampering as a database superuser. */
final class ChainTampering {

    private final AuditSealer sealer;
    private final AuditVerification verification;
    private final JdbcClient jdbc;

    ChainTampering(AuditSealer sealer, AuditVerification verification, JdbcClient jdbc) {
        this.sealer = sealer;
        this.verification = verification;
        this.jdbc = jdbc;
    }

    /** Seals until nothing is waiting (the scheduled sealer may hold the lock for a moment). */
    AuditVerification.Result sealAll() {
        for (int attempt = 0; attempt < 50; attempt++) {
            sealer.sealPending();
            AuditVerification.Result result = verification.verify();
            if (result.unsealed() == 0) {
                return result;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("entries were never sealed");
    }

    /** Runs a statement with the append-only trigger switched off, as only a database superuser could. */
    void asSuperuserWithoutTheTrigger(String tampering) {
        jdbc.sql("alter table audit_event disable trigger audit_event_append_only").update();
        try {
            jdbc.sql(tampering).update();
        } finally {
            jdbc.sql("alter table audit_event enable trigger audit_event_append_only").update();
        }
    }
}
