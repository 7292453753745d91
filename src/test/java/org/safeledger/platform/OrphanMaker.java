package org.safeledger.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/** Run in a separate JVM by {@link RestartIT}: starts PostgreSQL on a directory, says so, and waits to be killed. */
public final class OrphanMaker {

    static final String READY = "ORPHAN-READY";

    private OrphanMaker() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .start();
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
