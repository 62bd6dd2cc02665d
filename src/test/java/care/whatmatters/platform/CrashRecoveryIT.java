package care.whatmatters.platform;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.ApiClient;
import care.whatmatters.support.TestNhsNumbers;
import care.whatmatters.support.TestPeople;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the running platform (SIGKILL, as a power cut or the OOM killer would) in the middle of writes
 * from several clients, restarts it on the same data, and checks that every write it acknowledged is
 * there, nothing is half-written, and the audit chain still verifies. Runs the packaged jar as a separate
 * process, exactly as it is deployed.
 */
class CrashRecoveryIT {

    @TempDir
    Path data;

    private record Agreed(String nhsNumber, UUID person) {
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNothingIsHalfWritten() throws Exception {
        PackagedPlatform packaged = new PackagedPlatform(data);
        int port = packaged.port;
        Process platform = packaged.start();
        List<String> registered = Collections.synchronizedList(new ArrayList<>());
        List<Agreed> agreed = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            for (int c = 0; c < 4; c++) {
                clients.submit(() -> {
                    ApiClient ot = ApiClient.as(port, "ot");
                    while (writing.get()) {
                        try {
                            write(ot, registered, agreed);
                        } catch (RuntimeException | AssertionError crashed) {
                            if (writing.get()) {
                                failures.add(crashed.toString());
                            }
                            return;
                        }
                    }
                });
            }
            PackagedPlatform.waitUntil(() -> agreed.size() >= 10 || failures.size() == 4, 120);
            assertThat(failures).as("writes failed before the crash").isEmpty();
            platform.toHandle().destroyForcibly();
            platform.waitFor(30, TimeUnit.SECONDS);
        } finally {
            writing.set(false);
            clients.shutdownNow();
            clients.awaitTermination(30, TimeUnit.SECONDS);
        }

        Process restarted = packaged.start();
        try {
            ApiClient ot = ApiClient.as(port, "ot");
            for (String nhsNumber : List.copyOf(registered)) {
                assertThat(ot.get("/api/v1/persons?nhsNumber=" + nhsNumber).json().size())
                        .as("acknowledged registration %s", nhsNumber).isEqualTo(1);
            }
            for (Agreed a : List.copyOf(agreed)) {
                var plan = ot.get("/api/v1/persons/" + a.person() + "/plan").json();
                assertThat(plan.get("status").asString()).as("acknowledged agreement").isEqualTo("AGREED");
                assertThat(ot.get("/api/v1/persons/" + a.person() + "/plan/versions/1").status())
                        .as("an agreed plan always has its frozen version").isEqualTo(200);
                assertThat(plan.get("goals").size()).isEqualTo(1);
            }
            var verification = ApiClient.as(port, "admin").get("/api/v1/admin/audit/verification").json();
            assertThat(verification.get("brokenAt").isNull()).as("audit chain intact: " + verification).isTrue();
        } finally {
            restarted.destroy();
            restarted.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** Registers someone and agrees a plan with them, noting each step only once it is acknowledged. */
    private static void write(ApiClient ot, List<String> registered, List<Agreed> agreed) {
        String nhsNumber = TestNhsNumbers.fresh();
        ApiClient.Response created = ot.post("/api/v1/persons",
                TestPeople.json(TestPeople.details(nhsNumber, "Crash", "Test")));
        if (created.status() != 201) {
            throw new AssertionError("registration refused: " + created);
        }
        registered.add(nhsNumber);
        UUID person = UUID.fromString(created.json().get("id").asString());
        String plan = "/api/v1/persons/" + person + "/plan";
        String v = ot.post(plan, "{\"reviewDate\":\"" + LocalDate.now().plusMonths(3) + "\"}").etag();
        ApiClient.Response matters = ot.post(plan + "/what-matters", "{\"text\":\"Staying at home\"}", v);
        v = ot.post(plan + "/goals", "{\"whatMattersId\":\"" + matters.json().get("id").asString()
                + "\",\"text\":\"Walk to the shop\"}", matters.etag()).etag();
        if (ot.post(plan + "/agree", "{\"personAgreed\":true}", v).status() == 200) {
            agreed.add(new Agreed(nhsNumber, person));
        }
    }
}
