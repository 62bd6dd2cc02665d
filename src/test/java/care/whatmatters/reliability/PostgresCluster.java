package care.whatmatters.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the machine's own (Debian's {@code postgresql} package, or {@code
 * WHATMATTERS_PG_BIN}), started in a directory of its own on a free loopback port: an "external" database,
 * with the client tools of the same version (pg_dump, pg_restore) beside it. The embedded database's jar
 * ships only the server, not the dump tools. PostgreSQL refuses to run as root, so under root the server
 * runs as the {@code postgres} account.
 */
final class PostgresCluster implements AutoCloseable {

    final Path bin;
    final Path dir;
    final int port;
    private boolean running;

    private PostgresCluster(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    static PostgresCluster start(Path dir) throws Exception {
        PostgresCluster cluster = new PostgresCluster(binaries(), dir, freePort());
        Files.createDirectories(dir);
        run(cluster.asServer(List.of("chown", "-R", "postgres:postgres", dir.toString())));
        run(cluster.asServer(List.of(cluster.tool("initdb"), "-D", dir.resolve("data").toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8")));
        run(cluster.asServer(List.of(cluster.tool("pg_ctl"), "-D", dir.resolve("data").toString(), "-w", "-l",
                dir.resolve("server.log").toString(), "-o", "-p " + cluster.port + " -k " + dir
                        + " -c listen_addresses=127.0.0.1", "start")));
        cluster.running = true;
        cluster.client("psql", "-d", "postgres", "-c", "create database whatmatters");
        return cluster;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/whatmatters";
    }

    /** Runs a client tool (psql, pg_dump, pg_restore) against this server as the postgres role. */
    void client(String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool(tool), "-h", "127.0.0.1", "-p", String.valueOf(port),
                "-U", "postgres"));
        command.addAll(List.of(args));
        run(command);
    }

    /** Stops the server and deletes its data directory: the database is gone. */
    void destroy() throws Exception {
        close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Override
    public void close() throws Exception {
        if (running) {
            running = false;
            run(asServer(List.of(tool("pg_ctl"), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop")));
        }
    }

    private String tool(String name) {
        return bin.resolve(name).toString();
    }

    private List<String> asServer(List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return command.get(0).equals("chown") ? List.of("true") : command;
        }
        if (command.get(0).equals("chown")) {
            return command;
        }
        List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        asPostgres.addAll(command);
        return asPostgres;
    }

    private static Path binaries() throws IOException {
        String configured = System.getenv("WHATMATTERS_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_dump")) && Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL server and tools: install "
                            + "Debian's postgresql package (.ci/run does) or set WHATMATTERS_PG_BIN"));
        }
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
