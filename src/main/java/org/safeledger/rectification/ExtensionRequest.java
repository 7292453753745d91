package org.safeledger.rectification;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.loop.DeadlineClock;

/**
 * An extension the responsible party asked for and the assigning body has not yet answered (督办: asked before the
 * deadline, with the reason and the progress so far; answered within {@code extension-answer-within} working days).
 *
 * @param newDeadline the deadline asked for
 * @param answerBy the last day of the body's answer window
 * @param askedBy the asker's name, as the timeline shows it
 */
public record ExtensionRequest(
        LocalDate newDeadline, String reason, String progress, LocalDate askedOn, LocalDate answerBy, String askedBy) {

    /** The body has let its answer window pass. */
    public boolean answerLateOn(LocalDate today) {
        return today.isAfter(answerBy);
    }

    /** Why the party may not ask now: one request at a time, and only up to the deadline day. */
    static Optional<ConflictException> askRefusal(
            @Nullable ExtensionRequest pending, LocalDate deadline, LocalDate today) {
        if (pending != null) {
            return Optional.of(
                    new ConflictException("newDeadline", "error.rectification.extensionPending", pending.answerBy()));
        }
        return DeadlineClock.extensionRefusal(deadline, today);
    }

    /** Why the body may not answer now: nothing was asked. An answer after the deadline is still an answer. */
    static Optional<ConflictException> answerRefusal(@Nullable ExtensionRequest pending, long itemId) {
        return pending == null
                ? Optional.of(new ConflictException("status", "error.rectification.noExtensionAsked", itemId))
                : Optional.empty();
    }
}
