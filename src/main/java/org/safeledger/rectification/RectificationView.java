package org.safeledger.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.loop.SupervisionColour;

/**
 * An item as the API and the pages show it: its state, its 督办 colour and whether it is overdue today, how the
 * reader stands to it, the extension asked and whether the body's answer is late, and the steps the reader may take now ({@code availableActions}, the same rule the steps
 * themselves ask).
 */
public record RectificationView(
        long id,
        Origin origin,
        @Nullable Long originId,
        String title,
        String description,
        Responsible responsible,
        Assigner assigner,
        String regionCode,
        RectificationStatus status,
        LocalDate assignedOn,
        LocalDate deadline,
        LocalDate originalDeadline,
        @Nullable String plan,
        @Nullable String measures,
        @Nullable LocalDate lastReportOn,
        @Nullable String evidence,
        List<Long> attachmentIds,
        int extensions,
        @Nullable ExtensionRequest extensionAsked,
        boolean extensionAnswerLate,
        int rejections,
        int reopenings,
        @Nullable String opinion,
        boolean overdue,
        @Nullable SupervisionColour supervision,
        int escalationTier,
        @Nullable Instant closedAt,
        Standing standing,
        List<String> availableActions,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    /** The body that assigned the item and accepts it. */
    public record Assigner(String name, @Nullable Long departmentId, String regionCode, long assignedBy) {}

    static RectificationView of(
            Rectification r,
            Standing standing,
            List<RectificationAction> actions,
            LocalDate today,
            RectificationProperties clocks) {
        return new RectificationView(
                r.id(),
                r.origin(),
                r.originId(),
                r.title(),
                r.description(),
                new Responsible(
                        r.responsibleKind().name(), r.responsibleId(), r.responsibleRegion(), r.responsibleName()),
                new Assigner(
                        r.assignerName(),
                        r.assignerDepartmentId(),
                        r.assignerRegion().value(),
                        r.assignedBy()),
                r.region().value(),
                r.status(),
                r.assignedOn(),
                r.deadline(),
                r.originalDeadline(),
                r.plan(),
                r.measures(),
                r.lastReportOn(),
                r.evidence(),
                r.evidenceIds(),
                r.extensions(),
                r.extensionAsked(),
                r.extensionAsked() != null && r.extensionAsked().answerLateOn(today),
                r.rejections(),
                r.reopenings(),
                r.opinion(),
                r.overdueOn(today),
                r.supervisionOn(today, clocks),
                r.escalationTier(),
                r.closedAt(),
                standing,
                actions.stream().map(RectificationAction::path).toList(),
                r.version(),
                r.createdAt(),
                r.updatedAt());
    }

    /** The responsible party's kind as a type, for the pages. */
    public ResponsibleKind responsibleKind() {
        return ResponsibleKind.valueOf(responsible.kind());
    }

    public boolean offers(String action) {
        return availableActions.contains(action);
    }
}
