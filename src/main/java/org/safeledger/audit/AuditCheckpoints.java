package org.safeledger.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.PrivateFiles;
import org.safeledger.platform.SafeLedgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed checkpoints of the chain, kept outside the database: every {@code checkpoint-interval} the links made
 * since the last checkpoint are summarised ({@link Checkpoint}), signed with an Ed25519 key of the data directory
 * ({@code keys/audit-checkpoint.key}; the public key beside it, {@code .pub}, is what an outside party verifies
 * with), appended to {@code audit/checkpoints.jsonl}, written as a log line ({@code safeledger.audit.checkpoint})
 * and, when {@code safeledger.audit.checkpoint-webhook} is set, posted there. Deleting the chain's tail or
 * re-hashing a run of links is then visible against the checkpoints (docs/operations.md).
 */
@Component
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final Logger published = LoggerFactory.getLogger("safeledger.audit.checkpoint");

    private final AuditEntries entries;
    private final JsonMapper json;
    private final Clock clock;
    private final Path file;
    private final KeyPair keys;
    private final @Nullable RestClient webhook;

    AuditCheckpoints(
            AuditEntries entries,
            JsonMapper json,
            Clock clock,
            SafeLedgerProperties properties,
            @Value("${safeledger.audit.checkpoint-webhook:}") String webhook) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
        this.file = properties.dataDir().resolve("audit/checkpoints.jsonl");
        this.keys = signingKeys(properties.dataDir().resolve("keys"));
        this.webhook = webhook.isBlank() ? null : RestClient.create(webhook);
    }

    /** Signs a checkpoint of the links made since the last one; null when there are none. */
    @Scheduled(
            fixedDelayString = "${safeledger.audit.checkpoint-interval:PT1M}",
            initialDelayString = "${safeledger.audit.checkpoint-interval:PT1M}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "audit-checkpoint", lockAtMostFor = "PT5M")
    public synchronized @Nullable Checkpoint checkpoint() {
        var last = read().stream().reduce((a, b) -> b).orElse(null);
        long after = last == null ? 0 : last.seq();
        long legacyUntil = last == null ? entries.lastLegacySeq() : last.legacyUntil();
        var ranges = new Ranges();
        entries.entryIdsAfter(after, ranges::add);
        if (ranges.count == 0) {
            return null;
        }
        var head = entries.chainedFrom(ranges.lastSeq, 1).get(0);
        var unsigned = new Checkpoint(
                after + 1,
                ranges.lastSeq,
                ranges.text(),
                head.hash(),
                legacyUntil,
                clock.instant().toString(),
                "");
        var checkpoint = unsigned.signedWith(sign(unsigned.signed()));
        var line = json.writeValueAsString(checkpoint);
        try {
            PrivateFiles.append(file, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        published.info(line);
        if (webhook != null) {
            try {
                webhook.post()
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .body(line)
                        .retrieve()
                        .toBodilessEntity();
            } catch (RuntimeException e) {
                log.warn("Audit checkpoint webhook failed (the checkpoint is in {}): {}", file, e.getMessage());
            }
        }
        return checkpoint;
    }

    /** The checkpoints in the file, in order; a line whose signature does not verify is an error. */
    List<Checkpoint> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            var out = new ArrayList<Checkpoint>();
            lines.filter(l -> !l.isBlank()).forEach(l -> out.add(json.readValue(l, Checkpoint.class)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean verifies(Checkpoint checkpoint) {
        try {
            var verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(keys.getPublic());
            verifier.update(checkpoint.signed());
            return verifier.verify(Base64.getDecoder().decode(checkpoint.sig()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private String sign(byte[] data) {
        try {
            var signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(data);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required of every JVM since 15", e);
        }
    }

    private static KeyPair signingKeys(Path directory) {
        var privateFile = directory.resolve("audit-checkpoint.key");
        var publicFile = directory.resolve("audit-checkpoint.pub");
        try {
            var factory = KeyFactory.getInstance("Ed25519");
            if (!Files.exists(privateFile)) {
                var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                PrivateFiles.write(
                        privateFile,
                        Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                PrivateFiles.write(
                        publicFile,
                        Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            }
            var privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(Files.readString(privateFile).trim())));
            var publicKey = factory.generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(Files.readString(publicFile).trim())));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable audit checkpoint key in " + directory, e);
        }
    }

    /** Entry ids in chain order as runs of consecutive ids: "12-40,42,41". */
    private static final class Ranges {
        private final StringBuilder text = new StringBuilder();
        private long runStart = -1;
        private long runEnd = -1;
        private long lastSeq;
        private long count;

        void add(long[] seqAndId) {
            long id = seqAndId[1];
            if (runStart >= 0 && id == runEnd + 1) {
                runEnd = id;
            } else {
                flush();
                runStart = id;
                runEnd = id;
            }
            lastSeq = seqAndId[0];
            count++;
        }

        private void flush() {
            if (runStart < 0) {
                return;
            }
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(runStart);
            if (runEnd != runStart) {
                text.append('-').append(runEnd);
            }
        }

        String text() {
            flush();
            runStart = -1;
            return text.toString();
        }
    }
}
