package care.whatmatters.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.access.Accounts;
import care.whatmatters.access.Role;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class LoginThrottleIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void tenWrongPasswordsLockTheAccountEvenAgainstTheRightPasswordAndTheApiSaysWhy() {
        String username = "throttle-" + UUID.randomUUID();
        accounts.create(username, "demo", "Throttle Test", Role.ANALYST, null, null);
        assertThat(ApiClient.as(port, username).get("/api/v1/persons?nhsNumber=9990000018").status()).isEqualTo(200);

        ApiClient guesser = ApiClient.withPassword(port, username, "not-the-password");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(guesser.get("/api/v1/persons?nhsNumber=9990000018").status()).isEqualTo(401);
        }

        ApiClient.Response locked = ApiClient.as(port, username).get("/api/v1/persons?nhsNumber=9990000018");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("detail").asString()).contains("Too many failed sign-in attempts");
        assertThat(ApiClient.as(port, "gp").get("/api/v1/persons?nhsNumber=9990000018").status())
                .as("other accounts are unaffected").isEqualTo(200);
    }
}
