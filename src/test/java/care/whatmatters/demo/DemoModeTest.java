package care.whatmatters.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTest {

    @Test
    void isOnWithTheEmbeddedDatabase() {
        assertThat(DemoMode.enabled(new MockEnvironment())).isTrue();
    }

    @Test
    void isOffWhenAnExternalDatabaseIsConfigured() {
        MockEnvironment external = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/whatmatters");
        assertThat(DemoMode.enabled(external)).isFalse();
    }

    @Test
    void canBeSwitchedOnExplicitlyForAnExternalDatabase() {
        MockEnvironment external = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/whatmatters")
                .withProperty("whatmatters.demo.enabled", "true");
        assertThat(DemoMode.enabled(external)).isTrue();
    }

    @Test
    void canBeSwitchedOffExplicitlyWithTheEmbeddedDatabase() {
        assertThat(DemoMode.enabled(new MockEnvironment().withProperty("whatmatters.demo.enabled", "false")))
                .isFalse();
    }
}
