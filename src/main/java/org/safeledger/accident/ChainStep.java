package org.safeledger.accident;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.ConflictException;

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

    /** What may be recorded of a step, each once: the report sent up to it, then its receipt there. */
    public enum Action {
        SEND,
        RECEIVE
    }

    /**
     * Why the step refuses the action now, or empty: sent once (the county's by filing the accident), received once
     * after it was sent. The register asks it before recording, the page before offering the button.
     */
    public Optional<ConflictException> refusal(Action action) {
        return switch (action) {
            case SEND ->
                unsendable(step)
                        .or(() -> sentAt == null
                                ? Optional.empty()
                                : Optional.of(new ConflictException("step", "error.accident.stepSent", step.name())));
            case RECEIVE ->
                sentAt != null && receivedAt == null
                        ? Optional.empty()
                        : Optional.of(new ConflictException("step", "error.accident.stepNotReceivable", step.name()));
        };
    }

    /** The county's report is sent by filing the accident, never recorded as a step of its own. */
    static Optional<ConflictException> unsendable(ReportStep step) {
        return step == ReportStep.COUNTY
                ? Optional.of(new ConflictException("step", "error.accident.countySentByFiling"))
                : Optional.empty();
    }

    static void requireSendable(ReportStep step) {
        var refused = unsendable(step);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    public boolean allows(Action action) {
        return refusal(action).isEmpty();
    }

    void require(Action action) {
        var refused = refusal(action);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** Whether the step was reported late or is past due without a report (a lawful skip is not an alarm). */
    public boolean alarming() {
        return state == State.OVERDUE || state == State.LATE;
    }
}
