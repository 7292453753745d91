package org.safeledger.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running by a JVM that was killed ({@code kill -9}) still holds {@code postmaster.pid}
 * in the data directory, and the next start fails with "lock file already exists". This stops it: SIGTERM (a
 * smart shutdown that keeps committed data), then SIGKILL if it has not gone after the timeout.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration GRACE = Duration.ofSeconds(20);

    private final Path dataDirectory;

    OrphanedServer(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    void stopIfRunning() {
        pid().flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(OrphanedServer::isPostgres)
                .ifPresent(this::stop);
    }

    Optional<Long> pid() {
        var pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            var lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            log.warn("Unreadable {}: {}", pidFile, e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    private void stop(ProcessHandle process) {
        log.warn(
                "Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run in {}",
                process.pid(),
                dataDirectory);
        process.destroy();
        try {
            process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("PostgreSQL pid {} ignored SIGTERM for {}; killing it", process.pid(), GRACE);
            process.destroyForcibly();
            try {
                process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException stillThere) {
                throw new IllegalStateException("Could not stop orphaned PostgreSQL pid " + process.pid(), stillThere);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not stop orphaned PostgreSQL pid " + process.pid(), e);
        }
    }
}
