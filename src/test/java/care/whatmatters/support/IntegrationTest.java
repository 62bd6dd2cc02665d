package care.whatmatters.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test of the whole platform on a real, embedded PostgreSQL (a throwaway one in a temporary
 * directory) with the demo cast seeded, served on a random local port. Every test class uses the same
 * settings, so they share one application context and one database per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "whatmatters.embedded-db.data-dir=",
    "whatmatters.demo.enabled=true",
    "logging.level.root=WARN"
})
public @interface IntegrationTest {
}
