package org.safeledger.accident;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One step of an accident's reporting chain as it stands: the region whose departments receive it, by when it must
 * be sent, when it was sent and received and by whom, the parties of art. 10 notified there, and its state.
 */
public record ChainStep(
        ReportStep step,
        String regionCode,
        boolean required,
        Instant dueAt,
        @Nullable Instant sentAt,
        @Nullable String sentBy,
        @Nullable Instant receivedAt,
        @Nullable String receivedBy,
        Set<NotifiedParty> partiesNotified,
        State state) {

    public enum State {
        /** Not sent yet, and not due yet. */
        PENDING,
        /** Sent by its deadline. */
        ON_TIME,
        /** Sent after its deadline. */
        LATE,
        /** Not sent, and past its deadline. */
        OVERDUE,
        /** Not sent, while a later step was (越级上报: allowed when necessary, and shown). */
        SKIPPED,
        /** Not required at the accident's level (recorded before the level fell, or never). */
        NOT_REQUIRED;

        public String messageKey() {
            return "chainState." + name();
        }
    }

    /** Whether the step was reported late or is past due without a report (a lawful skip is not an alarm). */
    public boolean alarming() {
        return state == State.OVERDUE || state == State.LATE;
    }
}
