package care.whatmatters.platform.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no external database is configured, so the embedded PostgreSQL should be started. */
public class EmbeddedDatabaseCondition implements Condition {

    public static final String EXTERNAL_URL = "spring.datasource.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(EXTERNAL_URL);
        return url == null || url.isBlank();
    }
}
