package org.safeledger.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.Party;
import org.safeledger.shared.ConflictException;

/**
 * A summons held: the summoning body, the summoned, why and when, the minutes, the written report owed by
 * {@code reportDue}. Its one step, the report, asks {@link #reportRefusal} (the status table) first.
 */
public record Summons(
        long id,
        Party body,
        Party subject,
        SummonsTrigger trigger,
        String reason,
        LocalDate heldOn,
        @Nullable Long minutesAttachmentId,
        LocalDate reportDue,
        SummonsStatus status,
        @Nullable String report,
        List<Long> reportAttachmentIds,
        @Nullable Instant reportedAt,
        @Nullable String reportedByName,
        int version) {

    public Optional<ConflictException> reportRefusal() {
        return status.afterReport().isPresent()
                ? Optional.empty()
                : Optional.of(new ConflictException("status", "error.summons.reported", id));
    }

    /** The written report filed: reported. */
    Summons reported(String text, List<Long> attachments, String by, Instant at) {
        var refused = reportRefusal();
        if (refused.isPresent()) {
            throw refused.get();
        }
        return new Summons(
                id,
                body,
                subject,
                trigger,
                reason,
                heldOn,
                minutesAttachmentId,
                reportDue,
                status.afterReport().orElseThrow(),
                text,
                List.copyOf(attachments),
                at,
                by,
                version);
    }

    /** The report still owed after its day. */
    public boolean reportOverdueOn(LocalDate today) {
        return status == SummonsStatus.HELD && today.isAfter(reportDue);
    }
}
