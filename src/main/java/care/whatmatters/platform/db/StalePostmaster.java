package care.whatmatters.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers the embedded database after the platform was killed without shutting PostgreSQL down: the
 * postmaster it started keeps running and holds the data directory. A running platform holds a file lock
 * on the directory ({@code epg-lock}), so a postmaster found while that lock is free belongs to no one and
 * is stopped; if the lock is held, another platform is using the data and we refuse to start.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void clear(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The embedded database in " + dataDir.toAbsolutePath()
                        + " is in use by another running WhatMatters. Stop it, or set WHATMATTERS_EMBEDDED_DB_DATA_DIR.");
            }
            stopOrphan(pidFile);
        }
    }

    private static void stopOrphan(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        long pid = lines.isEmpty() ? -1 : parse(lines.get(0));
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(StalePostmaster::isPostgres).ifPresent(p -> {
            log.warn("Stopping an embedded PostgreSQL left running by an earlier run (pid {})", pid);
            p.destroy();
            p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
        if (ProcessHandle.of(pid).filter(StalePostmaster::isPostgres).map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException("An earlier embedded PostgreSQL (pid " + pid + ") did not stop.");
        }
        Files.deleteIfExists(pidFile);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }

    private static long parse(String line) {
        try {
            return Long.parseLong(line.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
