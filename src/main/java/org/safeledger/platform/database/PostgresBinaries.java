package org.safeledger.platform.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code initdb} from zonky's binaries ourselves: zonky's own initdb trusts every local connection and has no
 * way to ask for data checksums. The binaries are the ones zonky extracts and starts anyway (its
 * {@code prepareBinaries}, called by reflection: it is private; every test of the suite exercises this path, so an
 * upgrade of zonky that changes it fails the build, not a deployment). Like zonky's commands, it runs under
 * {@code unshare -U} where that is available, so that it also runs for root (initdb refuses root).
 */
final class PostgresBinaries {

    private PostgresBinaries() {}

    /** A new cluster: checksums on, scram-sha-256 for every connection, the superuser's password from the file. */
    static void initdb(Path dataDirectory, Path passwordFile) throws IOException {
        var command = new ArrayList<String>();
        if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
            // as zonky runs its own commands: as root, in a user namespace where the process is not root
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(
                bin().resolve("initdb").toString(),
                "-D",
                dataDirectory.toString(),
                "-U",
                "postgres",
                "--pwfile=" + passwordFile,
                "--auth=scram-sha-256",
                "--data-checksums",
                "-E",
                "UTF-8"));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException("initdb failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running initdb", e);
        }
    }

    private static Path bin() throws IOException {
        try {
            var workingDirectory = EmbeddedPostgres.class.getDeclaredMethod("getWorkingDirectory");
            workingDirectory.setAccessible(true);
            var prepare =
                    EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            var directory =
                    (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, workingDirectory.invoke(null));
            return directory.toPath().resolve("bin");
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(
                    "this zonky version no longer has prepareBinaries; see PostgresBinaries", e);
        } catch (InvocationTargetException e) {
            throw new IOException("could not extract the PostgreSQL binaries", e.getCause());
        }
    }
}
