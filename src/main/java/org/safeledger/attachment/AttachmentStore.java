package org.safeledger.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Stores uploads under {@code <data-dir>/attachments/ab/abcdef…} (the SHA-256 of the content): the name comes
 * from the digest, never from the client, so no path can be smuggled in; identical content is stored once.
 */
@Service
public class AttachmentStore {

    /** Who the audit chain names for the public's uploads. */
    private static final Actor PUBLIC = Actor.system("public");

    private final Attachments attachments;
    private final Path root;
    private final long maxSize;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ImageFingerprint.Limits limits;
    private final int maxPdfPages;

    AttachmentStore(
            Attachments attachments,
            SafeLedgerProperties properties,
            @Value("${safeledger.attachment.max-size:10MB}") DataSize maxSize,
            @Value("${safeledger.attachment.max-pixels:50000000}") long maxPixels,
            @Value("${safeledger.attachment.max-pdf-pages:500}") int maxPdfPages,
            DecodeBudget budget,
            ApplicationEventPublisher events,
            Clock clock) {
        this.limits = new ImageFingerprint.Limits(maxPixels, budget);
        this.maxPdfPages = maxPdfPages;
        this.attachments = attachments;
        this.root = properties.dataDir().resolve("attachments").toAbsolutePath();
        this.maxSize = maxSize.toBytes();
        this.events = events;
        this.clock = clock;
    }

    /** Stores the files a page received, in order; their ids (each checked as {@link #store} checks one). */
    @Transactional
    public List<Long> storeAll(Actor actor, List<Upload> uploads) {
        var ids = new java.util.ArrayList<Long>();
        for (var upload : uploads) {
            try (var in = upload.content().open()) {
                ids.add(store(actor, in, upload.name()).id());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return ids;
    }

    @Transactional
    public Attachment store(Actor actor, InputStream content, @Nullable String originalName) {
        actor.require(Permission.ATTACHMENT_UPLOAD);
        return store(actor.userId(), actor, content, originalName);
    }

    /**
     * Stores the files the public sent through an anonymous form (a tip-off's photos), each checked as {@link #store}
     * checks one and at most {@code maxBytes} long: they belong to no account ({@code uploadedBy} 0), so no one can
     * attach them to a record by id; the record that received them hands them on ({@link #adopt}).
     */
    @Transactional
    public List<Long> storeFromPublic(List<Upload> uploads, long maxBytes) {
        var ids = new java.util.ArrayList<Long>();
        for (var upload : uploads) {
            // the public sends photos only: judged by the first bytes before anything reaches the content store
            try (var in = new java.io.BufferedInputStream(upload.content().open())) {
                in.mark(16);
                var type = ContentType.sniff(in.readNBytes(16));
                in.reset();
                if (type.isEmpty() || type.get() == ContentType.PDF) {
                    throw new org.safeledger.shared.InvalidInputException("photos", "error.attachment.notAnImage");
                }
                ids.add(store(null, PUBLIC, new BoundedInput(in, maxBytes), upload.name())
                        .id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }

    /**
     * The actor's own copies of stored files (the same content, no second copy on disk), for a record the actor makes
     * out of another record's files: a hazard opened from a tip-off carries the public's photos as its reporter's.
     */
    @Transactional
    public List<Long> adopt(Actor actor, List<Long> ids) {
        actor.require(Permission.ATTACHMENT_UPLOAD);
        var copies = new java.util.ArrayList<Long>();
        for (var id : ids) {
            var a = get(id);
            long copy = attachments.insert(
                    a.sha256(),
                    a.contentType(),
                    a.size(),
                    a.originalName(),
                    actor.userId(),
                    clock.instant(),
                    a.width(),
                    a.height(),
                    a.phash(),
                    a.thumbnail());
            events.publishEvent(Audited.by(actor, "attachment.adopt", "attachment:" + copy, Map.of("from", id)));
            copies.add(copy);
        }
        return copies;
    }

    private Attachment store(@Nullable Long uploader, Actor actor, InputStream content, @Nullable String originalName) {
        try {
            Files.createDirectories(root);
            var temp = Files.createTempFile(root, "upload", ".tmp");
            try {
                var digest = MessageDigest.getInstance("SHA-256");
                long size;
                try (var in = new DigestInputStream(content, digest)) {
                    size = copyLimited(in, temp);
                }
                if (size == 0) {
                    throw new InvalidInputException("file", "error.attachment.empty");
                }
                byte[] head;
                try (var in = Files.newInputStream(temp)) {
                    head = in.readNBytes(16);
                }
                var type = ContentType.sniff(head)
                        .orElseThrow(() -> new InvalidInputException("file", "error.attachment.type"));
                var sha256 = HexFormat.of().formatHex(digest.digest());
                if (type == ContentType.PDF) {
                    PdfCheck.check(temp, maxPdfPages, limits.budget());
                }
                var image = type == ContentType.PDF
                        ? java.util.Optional.<ImageFingerprint.Analysis>empty()
                        : ImageFingerprint.analyse(temp, type, limits);
                var target = pathOf(sha256);
                Files.createDirectories(target.getParent());
                if (image.isPresent() && !Files.exists(thumbnailOf(sha256))) {
                    var thumbTemp = Files.createTempFile(root, "thumb", ".tmp");
                    try {
                        javax.imageio.ImageIO.write(image.get().thumbnail(), "jpg", thumbTemp.toFile());
                        Files.move(thumbTemp, thumbnailOf(sha256), StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(thumbTemp);
                    }
                }
                if (!Files.exists(target)) {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                var name =
                        originalName == null ? null : originalName.substring(0, Math.min(200, originalName.length()));
                long id = attachments.insert(
                        sha256,
                        type.mediaType(),
                        size,
                        name,
                        uploader,
                        clock.instant(),
                        image.map(ImageFingerprint.Analysis::width).orElse(null),
                        image.map(ImageFingerprint.Analysis::height).orElse(null),
                        image.map(ImageFingerprint.Analysis::hash).orElse(null),
                        image.isPresent());
                var stored = attachments.find(id).orElseThrow();
                events.publishEvent(Audited.by(
                        actor,
                        "attachment.upload",
                        "attachment:" + id,
                        Map.of("sha256", sha256, "contentType", type.mediaType(), "size", size)));
                return stored;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * The attachments with these ids; 400 naming the field when one does not exist or was not the actor's (the
     * public's files are no one's).
     */
    public List<Attachment> requireOwn(Actor actor, String field, Collection<Long> ids) {
        var found = attachments.findAll(ids);
        if (found.size() != ids.stream().distinct().count()
                || found.stream().anyMatch(a -> a.uploadedBy() == 0 || a.uploadedBy() != actor.userId())) {
            throw new InvalidInputException(field, "error.attachment.unknown");
        }
        return found;
    }

    public Attachment get(long id) {
        return attachments.find(id).orElseThrow(() -> new NotFoundException("error.attachment.notFound", id));
    }

    /** The stored content; the caller has checked that the reader may see the record that holds it. */
    public InputStream open(Attachment attachment) {
        try {
            return Files.newInputStream(pathOf(attachment.sha256()));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new NotFoundException("error.attachment.notFound", attachment.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The thumbnail (JPEG, at most 320 pixels) of an image, for lists and pages. */
    public InputStream openThumbnail(Attachment attachment) {
        if (!attachment.thumbnail()) {
            throw new NotFoundException("error.attachment.notFound", attachment.id());
        }
        try {
            return Files.newInputStream(thumbnailOf(attachment.sha256()));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new NotFoundException("error.attachment.notFound", attachment.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attachments with these ids (no ownership check: for the evidence checks of the hazard module). */
    public List<Attachment> findAll(Collection<Long> ids) {
        return attachments.findAll(ids);
    }

    private Path thumbnailOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + ".thumb.jpg");
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private long copyLimited(InputStream in, Path target) throws IOException {
        try (var out = Files.newOutputStream(target)) {
            var buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > maxSize) {
                    throw new InvalidInputException("file", "error.attachment.size", maxSize / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
            return total;
        }
    }

    /** The public's file, refused as soon as it passes its own limit (below the store's). */
    private static final class BoundedInput extends java.io.FilterInputStream {

        private final long max;
        private long read;

        BoundedInput(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new InvalidInputException("file", "error.attachment.size", max / (1024 * 1024));
            }
        }
    }
}
