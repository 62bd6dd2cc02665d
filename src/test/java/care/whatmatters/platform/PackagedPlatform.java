package care.whatmatters.platform;

import care.whatmatters.support.ApiClient;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The packaged jar run as its own process on a data directory, as it is deployed, for the crash tests. */
final class PackagedPlatform {

    private final Path data;
    final int port;
    final int databasePort;

    PackagedPlatform(Path data) throws IOException {
        this.data = data;
        this.port = freePort();
        this.databasePort = freePort();
    }

    Process start() throws IOException, InterruptedException {
        File jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.map(Path::toFile).filter(f -> f.getName().matches("whatmatters-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("package the jar first (mvn verify does)"));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.getAbsolutePath(),
                "--server.port=" + port, "--whatmatters.embedded-db.data-dir=" + data.resolve("postgres"),
                "--whatmatters.embedded-db.port=" + databasePort,
                "--whatmatters.demo.journey=start", "--logging.level.root=WARN"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("platform-" + port + "-" + System.nanoTime() + ".log").toFile()).start();
        waitUntil(() -> ApiClient.anonymous(port).healthy(), 120);
        return process;
    }

    /** The embedded database's JDBC address while the platform runs (user postgres, no password). */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres";
    }

    static void kill(Process process) throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    static void stop(Process process) throws InterruptedException {
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void waitUntil(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s");
            }
            Thread.sleep(250);
        }
    }
}
