package org.safeledger.attachment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attachment table. */
@Repository
class Attachments {

    /** Every column; the public's files have no uploader, read as 0 (no account has that id). */
    private static final String COLUMNS = "SELECT id, sha256, content_type, size, original_name,"
            + " COALESCE(uploaded_by, 0) AS uploaded_by, created_at, width, height, phash, thumbnail FROM attachment";

    private final JdbcClient jdbc;

    Attachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            String sha256,
            String contentType,
            long size,
            @Nullable String originalName,
            @Nullable Long uploadedBy,
            Instant now,
            @Nullable Integer width,
            @Nullable Integer height,
            @Nullable Long phash,
            boolean thumbnail) {
        return jdbc.sql("INSERT INTO attachment (sha256, content_type, size, original_name, uploaded_by, created_at,"
                        + " width, height, phash, thumbnail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(
                        sha256,
                        contentType,
                        size,
                        originalName,
                        uploadedBy,
                        Timestamp.from(now),
                        width,
                        height,
                        phash,
                        thumbnail)
                .query(Long.class)
                .single();
    }

    Optional<Attachment> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?")
                .param(id)
                .query(Attachment.class)
                .optional();
    }

    List<Attachment> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " WHERE id = ANY(?) ORDER BY id")
                .param(ids.toArray(Long[]::new))
                .query(Attachment.class)
                .list();
    }
}
