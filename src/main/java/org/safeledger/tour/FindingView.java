package org.safeledger.tour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.RectificationStatus;
import org.safeledger.rectification.Responsible;
import org.safeledger.shared.loop.SupervisionColour;

/**
 * A finding as shown: the party that answers for it, what was found, its evidence, the hazard it opened, and from
 * the feedback on its item's status, deadline, overdue and colour (the item page's own figures).
 */
public record FindingView(
        long id,
        long targetId,
        Responsible responsible,
        String title,
        String description,
        List<Long> attachmentIds,
        @Nullable Long hazardId,
        @Nullable Long rectificationId,
        @Nullable RectificationStatus status,
        @Nullable LocalDate deadline,
        boolean overdue,
        @Nullable SupervisionColour supervision,
        int reopenings,
        String recordedBy,
        Instant recordedAt) {}
