package org.safeledger.platform;

import java.nio.file.Path;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Application-wide settings ({@code safeledger.*}; environment variables such as {@code SAFELEDGER_DATA_DIR} and
 * {@code SAFELEDGER_DEMO} bind by Spring's relaxed rules).
 *
 * @param dataDir where the embedded database and, later, attachments live; survives restarts
 * @param demo demo mode; unset means "on with the embedded database, off with an external one"
 * @param zone the time zone pages show times in
 * @param embeddedDb the embedded PostgreSQL server's settings
 */
@ConfigurationProperties("safeledger")
public record SafeLedgerProperties(
        @DefaultValue("./data") Path dataDir,
        @Nullable Boolean demo,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue EmbeddedDb embeddedDb) {

    /**
     * @param port the embedded server's port; 0 picks a free one
     * @param ephemeral a throw-away server in a temporary directory with fsync off, for tests only
     * @param sharedBuffers PostgreSQL's shared_buffers for the persistent embedded server
     */
    public record EmbeddedDb(
            @DefaultValue("0") int port,
            @DefaultValue("false") boolean ephemeral,
            @DefaultValue("512MB") String sharedBuffers) {}
}
