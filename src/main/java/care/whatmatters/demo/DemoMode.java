package care.whatmatters.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo mode is on when {@code whatmatters.demo.enabled} says so; when it is not set, it is on exactly when
 * the embedded database is used. Demo accounts have a published password, so they must never appear on a
 * real database by accident.
 */
public class DemoMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context.getEnvironment());
    }

    static boolean enabled(Environment env) {
        String explicit = env.getProperty("whatmatters.demo.enabled");
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.strip());
        }
        String externalUrl = env.getProperty("spring.datasource.url");
        return externalUrl == null || externalUrl.isBlank();
    }
}
