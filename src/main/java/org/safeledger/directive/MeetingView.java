package org.safeledger.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.RectificationStatus;
import org.safeledger.rectification.Responsible;
import org.safeledger.shared.loop.SupervisionColour;

/** A meeting with each decision's owner and its item as the item's own clock reads it today. */
public record MeetingView(
        long id,
        MeetingKind kind,
        String regionCode,
        String regionName,
        LocalDate heldOn,
        String topic,
        @Nullable Long minutesAttachmentId,
        String recordedBy,
        List<DecisionView> decisions,
        Instant createdAt) {

    public record Owner(long postId, String post, String name) {}

    public record DecisionView(
            long id,
            String title,
            Owner owner,
            Responsible responsible,
            long rectificationId,
            RectificationStatus status,
            LocalDate deadline,
            boolean overdue,
            @Nullable SupervisionColour supervision) {}
}
