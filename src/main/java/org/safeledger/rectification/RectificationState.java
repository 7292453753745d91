package org.safeledger.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.ResponsibleKind;

/** An item's stored state, as the store reads it and the aggregate starts from. */
record RectificationState(
        long id,
        Origin origin,
        @Nullable Long originId,
        String title,
        String description,
        ResponsibleKind responsibleKind,
        @Nullable Long responsibleId,
        @Nullable String responsibleRegion,
        String responsibleName,
        String regionCode,
        long assignedBy,
        String assignerName,
        @Nullable Long assignerDepartmentId,
        String assignerRegion,
        RectificationStatus status,
        LocalDate assignedOn,
        LocalDate deadline,
        LocalDate originalDeadline,
        @Nullable String plan,
        @Nullable String measures,
        @Nullable LocalDate lastReportOn,
        @Nullable String evidence,
        List<Long> evidenceIds,
        int extensions,
        @Nullable ExtensionRequest extensionAsked,
        int rejections,
        int reopenings,
        @Nullable String opinion,
        int escalationTier,
        @Nullable Instant closedAt,
        @Nullable Long closedBy,
        int version,
        Instant createdAt,
        Instant updatedAt) {}
