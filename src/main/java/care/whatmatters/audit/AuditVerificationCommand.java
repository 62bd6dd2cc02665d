package care.whatmatters.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The verification command: {@code java -jar whatmatters.jar --whatmatters.audit.verify=true
 * --spring.main.web-application-type=none} seals what is pending, walks the whole chain, prints the
 * result and exits with status 0 when the chain is intact and 1 when it is broken.
 */
@Component
@ConditionalOnBooleanProperty("whatmatters.audit.verify")
class AuditVerificationCommand implements ApplicationRunner {

    private final AuditSealer sealer;
    private final AuditVerification verification;
    private final ConfigurableApplicationContext context;

    AuditVerificationCommand(AuditSealer sealer, AuditVerification verification,
            ConfigurableApplicationContext context) {
        this.sealer = sealer;
        this.verification = verification;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        sealer.sealPending();
        AuditVerification.Result result = verification.verify();
        if (result.intact()) {
            System.out.printf("Audit chain intact: %d entries sealed, %d waiting to be sealed. Head hash %s%n",
                    result.sealed(), result.unsealed(), result.headHash());
        } else {
            System.out.printf("Audit chain BROKEN at entry %d (id %s): %s. %d entries verified before it.%n",
                    result.brokenAt(), result.brokenEntry(), result.problem(), result.sealed());
        }
        int status = result.intact() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
