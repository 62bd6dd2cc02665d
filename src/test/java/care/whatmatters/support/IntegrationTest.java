package care.whatmatters.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test of the whole platform on a real, embedded PostgreSQL (a throwaway one in a temporary
 * directory) with the demo cast seeded and Dylan at the start of his story (no plan yet), served on a random
 * local port. Every test class uses the same settings, so they share one application context and one
 * database per test run: such tests create their own people rather than change the cast's.
 * <p>
 * A story test that walks Dylan's journey gets a database of its own by adding
 * {@code @TestPropertySource(properties = "whatmatters.test.story=<its name>")}: a distinct property makes a
 * distinct application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "whatmatters.embedded-db.data-dir=",
    "whatmatters.demo.enabled=true",
    "whatmatters.demo.journey=start",
    "logging.level.root=WARN"
})
public @interface IntegrationTest {
}
