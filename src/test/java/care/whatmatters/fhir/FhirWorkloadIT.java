package care.whatmatters.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import care.whatmatters.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the public FHIR workload (src/test/resources/bench/fhir-workload.sh, a copy of the shared benchmark
 * script with its header) against this application with small numbers, as the {@code integration} demo
 * account, and requires its own correctness checks to pass: every request answered 2xx, each CarePlan search
 * finds exactly one CarePlan, and each $everything holds at least four resources. It needs curl and jq (the
 * README's prerequisites): without them it fails rather than skips.
 */
@IntegrationTest
class FhirWorkloadIT {

    private static final Path SCRIPT = Path.of("src/test/resources/bench/fhir-workload.sh");

    @LocalServerPort
    int port;

    @Test
    void theWorkloadScriptsRequestsAllSucceedAndItsChecksPass() throws Exception {
        requireTool("curl");
        requireTool("jq");
        Path work = Files.createTempDirectory("fhir-workload");
        ProcessBuilder run = new ProcessBuilder("bash", SCRIPT.toAbsolutePath().toString(),
                "http://127.0.0.1:" + port + "/fhir", "", "it").redirectErrorStream(true);
        run.environment().put("WORK", work.toString());
        run.environment().put("N_PATIENTS", "20");
        run.environment().put("N_BUNDLES", "10");
        run.environment().put("N_READS", "10");
        run.environment().put("AUTH", "integration:demo");
        Process process = run.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("a_post_patient   wall=").contains("reqs=20 ok2xx=20")
                .contains("reqs=10 ok2xx=10")
                .contains("check: careplan searches with exactly 1 CarePlan: 10/10; $everything with >=4 resources: 10/10");
        assertThat(output).doesNotContainPattern("codes: [^|]*\\b(4|5)\\d\\d x");
    }

    private static void requireTool(String tool) throws IOException, InterruptedException {
        Process check = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
        if (check.waitFor() != 0) {
            fail(tool + " is required by the FHIR workload test: install it (see the README's prerequisites)");
        }
    }
}
