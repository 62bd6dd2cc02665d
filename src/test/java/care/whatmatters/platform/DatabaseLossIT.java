package care.whatmatters.platform;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.TestNhsNumbers;
import care.whatmatters.support.TestPeople;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under load and comes back: requests fail fast with 503 and a clear message (no
 * hang, no 500), health reports DOWN, the platform recovers by itself, and every write it acknowledged is
 * still there. The test runs its own PostgreSQL, as an external database, so it can stop and restart it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "whatmatters.demo.enabled=true", "whatmatters.demo.journey=start", "logging.level.root=ERROR"})
class DatabaseLossIT {

    private static final Path DATA;
    private static final int PORT;
    private static EmbeddedPostgres postgres;

    static {
        try {
            DATA = Files.createTempDirectory("whatmatters-db-loss");
            try (ServerSocket socket = new ServerSocket(0)) {
                PORT = socket.getLocalPort();
            }
            postgres = start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
    }

    private static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(PORT)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void failsFastWhileTheDatabaseIsAwayRecoversByItselfAndLosesNoAcknowledgedWrite() throws IOException {
        ApiClient ot = ApiClient.as(port, "ot");
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            acknowledged.addAll(register(ot));
        }
        assertThat(acknowledged).hasSize(5);

        postgres.close();
        try {
            long started = System.nanoTime();
            ApiClient.Response during = ot.post("/api/v1/persons", TestPeople.json(
                    TestPeople.details(TestNhsNumbers.fresh(), "During", "Outage")));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(during.status()).isEqualTo(503);
            assertThat(during.header("Content-Type")).contains("application/problem+json");
            assertThat(during.json().get("detail").asString()).contains("try again");
            assertThat(during.body()).doesNotContain("Exception").doesNotContain("at care.whatmatters");
            assertThat(millis).as("fails fast rather than hanging").isLessThan(10_000);
            ApiClient.Response health = ApiClient.anonymous(port).get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            assertThat(ApiClient.as(port, "gp").get("/api/v1/persons?nhsNumber=9990000018").status())
                    .as("signing in needs the database too: 503, not a misleading 401").isEqualTo(503);
        } finally {
            postgres = start();
        }

        ApiClient.Response recovered = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            recovered = ot.get("/api/v1/persons?nhsNumber=9990000018");
            if (recovered.status() == 200) {
                break;
            }
            sleep();
        }
        assertThat(recovered.status()).as("recovers by itself when the database returns").isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get("/actuator/health").body()).contains("UP");
        for (String nhsNumber : acknowledged) {
            assertThat(ot.get("/api/v1/persons?nhsNumber=" + nhsNumber).json().size())
                    .as("acknowledged write %s is still there", nhsNumber).isEqualTo(1);
        }
    }

    private static List<String> register(ApiClient ot) {
        String nhsNumber = TestNhsNumbers.fresh();
        ApiClient.Response created = ot.post("/api/v1/persons",
                TestPeople.json(TestPeople.details(nhsNumber, "Before", "Outage")));
        return created.status() == 201 ? List.of(nhsNumber) : List.of();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
