package org.safeledger.accident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** An entry of the rescue and aftermath log: what happened when, who recorded it and when. */
public record LogEntry(long id, Instant at, Kind kind, String text, String by, Instant recordedAt) {

    public enum Kind {
        RESCUE_PROGRESS,
        PEOPLE_FOUND,
        SECONDARY_EVENT,
        RESOURCES,
        AFTERMATH,
        OTHER;

        public String messageKey() {
            return "logKind." + name();
        }
    }

    /** {@code POST /api/v1/accidents/{id}/log}: the kind, the text, and when it happened (default: now). */
    public record Draft(
            @NotBlank String kind,
            @NotBlank @Size(max = 2000) String text,
            @Nullable OffsetDateTime at) {}
}
