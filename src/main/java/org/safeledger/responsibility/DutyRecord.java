package org.safeledger.responsibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A duty performed: on which day, by the holder of which post, with what evidence; {@code source} {@code MEETING}
 * when taken from a meeting held. {@code recordedAt} is when it became known.
 */
public record DutyRecord(
        long id,
        String regionCode,
        String dutyCode,
        @Nullable Long postId,
        LocalDate performedOn,
        String note,
        List<Long> attachmentIds,
        String source,
        @Nullable Long sourceId,
        String recordedByName,
        Instant recordedAt) {}
